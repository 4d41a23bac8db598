"""holdout228, part E: trade associations, company sites, training schools, 范文 apps, exam forums.
Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="association-longcheng-packaging-pledge-yuebinghe",
        site="栊城市包装行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.lcpack.example.org.cn/xhdt/2024/0808/260.html",
        title="关于抵制月饼盒过度包装的倡议书",
        record_title="会员通讯丨关于抵制月饼盒过度包装的倡议书 · 栊城市包装行业协会",
        date="2024-08-06",
        date_also=["2024-08-08"],
        notes="association site: member-login row, member hotline; the association's name in the header is also the "
        "signature (matched as head); the site's posting date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>会员通讯丨关于抵制月饼盒过度包装的倡议书 · 栊城市包装行业协会</title>
<script src="/js/member.js"></script>
</head><body>
<div class="xh-top"><span class="name">⟦m 栊城市包装行业协会⟧</span> <span>⟦m 服务会员 · 规范行业 · 绿色包装⟧</span>
<form class="login">⟦a 会员账号⟧<input> ⟦a 密码⟧<input type="password"> <button>⟦a 会员登录⟧</button></form></div>
<div class="xh-nav">⟦m 协会首页 | 协会概况 | 会员通讯 | 行业标准 | 会员名录 | 入会申请⟧</div>
<div class="xh-art"><div class="xh-pos">⟦m 首页 » 会员通讯⟧</div>
<h1>{T}</h1>
<div class="xh-meta">⟦m 发布于 2024-08-08　秘书处　阅读 527⟧</div>
{BODY}
<div class="xh-pn">⟦l 上一篇：协会组织会员赴外地考察纸浆模塑生产线⟧<br>⟦l 下一篇：2024年上半年全市包装行业运行简况⟧</div>
</div>
<div class="xh-side"><h4>⟦m 会员服务热线⟧</h4><p>⟦m 0597-8301766（工作日）⟧</p><p>⟦a 下载入会申请表⟧</p></div>
<div class="xh-foot">⟦m 地址：栊城市曛湖区工业路9号包装产业大厦七楼⟧ ⟦m 闽ICP备16032291号⟧</div>
</body></html>
""",
        body="""
全市各包装生产企业：
中秋将至，月饼盒订单陆续进入生产旺季。为落实限制商品过度包装要求，本协会向全体会员单位倡议：
一、严守标准。月饼盒设计一律控制在三层以内，不接受超标订单，不为过度包装“贴金镶银”。
二、绿色选材。优先使用可回收纸板和单一材质，减少覆膜、植绒和金属配件。
三、诚信经营。不以“礼盒”“定制”为名抬高包装成本，主动在月饼盒上标注材质和回收标识。
四、回收利用。鼓励会员单位与商超合作设立月饼盒回收箱，对回收的铁盒、纸盒进行再利用。
让月饼回归月饼，让包装回归包装。
栊城市包装行业协会
2024年8月6日
""",
    ),
    dict(
        slug="association-hushui-stationery-minutes-sanjiaochi-vote",
        site="縠水县文具行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.hswjxh.example.cn/hyjy/2024/0417/55.html",
        title="縠水县文具行业协会三角尺团体标准研讨会会议纪要",
        date="2024-04-16",
        notes="record title as is; minutes' 时间/地点/主持/参会/列席/记录 lines and a vote count kept; the 时间 line the date; "
        "a join-the-association line and a member hotline",
        page="""
!m 縠水县文具行业协会
!m 协会首页 ＞ 会议纪要
{T}
!m 秘书处　　2024-04-17 发布　　浏览 118
{BODY}
!a 欢迎文具生产、经销企业申请入会，入会咨询请拨秘书处电话
!m 协会秘书处：0738-6672019　　邮箱：hswjxh@mail.example.cn
!l 往期纪要：协会第二届理事会第三次会议纪要
""",
        date_also=["2024-04-17"],
        body="""
时间：2024年4月16日上午9:00
地点：协会会议室
主持：会长　谭志远
参会：协会理事单位代表11人
列席：县市场监管局标准化科　朱岚
记录：秘书处　黄颖
会议研究了《学生用三角尺》团体标准（征求意见稿），形成如下意见：
一、刻度误差由±0.5毫米收紧为±0.3毫米，30°、45°、60°角的角度偏差不超过0.5°。
二、直角和锐角须做半径不小于1毫米的圆角处理，防止划伤学生。
三、产品须标注厂名、执行标准和适用年级。
会议对标准草案进行了表决：应到理事11人，实到11人，10票赞成，1票弃权，草案通过。
会后由秘书处修改完善，于5月底前报县市场监管局备案。
""",
    ),
    dict(
        slug="company-jufang-recall-sanjiaochi-batches",
        site="矩方文具 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.jufang-stationery.example.com/news/2024/0905-recall.html",
        title="关于召回部分批次学生三角尺的公告",
        record_title="新闻中心 ◂ 关于召回部分批次学生三角尺的公告 | 矩方文具",
        record_date="2024-09-05",
        date="2024-09-05",
        notes="company site: cookie notice, service float, 400 order line beside the recall's own line; a batches table; "
        "the company's short name in the header; record date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>新闻中心 ◂ 关于召回部分批次学生三角尺的公告 | 矩方文具</title>
<script src="/static/js/cookie-consent.js"></script>
</head><body>
<header class="jf-head"><a class="logo">⟦m 矩方文具 JUFANG⟧</a>
<nav>⟦m 首页　产品中心　新闻中心　经销合作　关于矩方⟧</nav>
<span class="tel">⟦m 订货热线 400-870-5526⟧</span></header>
<div class="jf-banner">⟦m 尺规有度 · 学习有方⟧</div>
<main class="jf-news"><div class="crumb">⟦m 首页 › 新闻中心 › 公司公告⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2024.09.05 ｜ 来源：矩方文具 ｜ 浏览 2046⟧</div>
{BODY}
<div class="jf-pn">⟦l ← 矩方文具亮相全国文具用品博览会⟧ ⟦l 2024秋季开学文具选购指南 →⟧</div>
</main>
<div class="jf-float">⟦w 在线客服⟧ ⟦w 经销商加盟咨询⟧</div>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示同意⟧ <button>⟦a 知道了⟧</button></div>
<footer>⟦m 縠水县矩方文具有限公司　湘ICP备20041127号-1⟧</footer>
</body></html>
""",
        body="""
近日，我公司在自检中发现，2024年7月生产的部分批次“小矩”系列学生三角尺存在刻度印刷偏移问题，最大偏差约0.8毫米，可能影响学生作图精度。为保障消费者权益，公司决定主动召回相关产品。
召回范围如下：
批次号　规格　数量（套）
JF240703　15厘米套尺　12000
JF240711　20厘米套尺　8500
JF240719　15厘米套尺　9600
消费者可凭产品包装上的批次号到原购买门店免费更换，也可拨打召回专线0738-6675120登记，由我公司寄送新品。
给广大消费者带来的不便，我们深表歉意。
縠水县矩方文具有限公司
2024年9月5日
""",
    ),
    dict(
        slug="company-longxing-brochure-wulong-props",
        site="龙兴民俗工艺厂 (invented company site)",
        style="企业官网",
        genre="产品介绍",
        kind="other",
        form="text",
        source="http://www.longxingminsu.example.cn/product/wulong.html",
        title="传统舞龙道具系列介绍",
        record_title="产品中心 | 传统舞龙道具系列介绍 — 筘溪县龙兴民俗工艺厂",
        date=None,
        notes="company text page: the company name in the header is also the brochure's first words (head); the factory's own "
        "订购电话 beside a site 400 line; numbered product list; no date",
        page="""
!m 筘溪县龙兴民俗工艺厂
!m 首页　|　产品中心　|　工艺展示　|　客户案例　|　联系我们
!t 产品中心 | 传统舞龙道具系列介绍
!a 【产品图册下载】　【在线询价】
{BODY}
!m 全国统一服务热线：400-039-8812
!l 热销产品：竞技舞龙 ｜ 南狮狮头 ｜ 夜光龙 ｜ 腰鼓服装
!m Copyright © 筘溪县龙兴民俗工艺厂　赣ICP备11008273号
""",
        body="""
筘溪县龙兴民俗工艺厂创办于1998年，专业生产舞龙、舞狮、腰鼓等民俗表演道具，产品销往全国二十多个省份。
一、产品系列
1.传统布龙：龙身采用阻燃绸布，龙骨为楠竹篾片，适合广场巡游，常规有九节、十一节两种。
2.竞技龙：龙头采用轻质玻璃钢，整条龙重量不超过12公斤，可满足舞龙比赛的要求。
3.夜光龙：龙身涂覆荧光材料，适合夜间表演。
4.配套道具：龙珠、龙把、锣鼓、服装可成套定制。
二、定制服务
可按客户要求定制龙身颜色、节数和龙头造型，小批量订单15天交货，大批量订单30天交货。
欢迎各地文化馆、学校和舞龙队来电洽谈。订购电话：0735-4418802。
""",
    ),
    dict(
        slug="training-longyun-brochure-kids-wulong-class",
        site="龙韵艺术培训中心 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.longyunyishu.example.cn/course/wulong-winter.html",
        title="少儿舞龙班招生简章",
        record_title="【寒假班】少儿舞龙班招生简章（6～12岁·小班教学）｜龙韵艺术培训中心",
        date=None,
        notes="training-school page: promo banner, consult float, a trial-lesson prompt between paragraphs; the school's own "
        "报名电话 beside a 400 franchise line; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>【寒假班】少儿舞龙班招生简章（6～12岁·小班教学）｜龙韵艺术培训中心</title>
<script src="/js/float-consult.js"></script>
</head><body>
<div class="ly-banner">⟦a 寒假早鸟价：1月10日前报名立减100元⟧</div>
<header>⟦m 龙韵艺术培训中心⟧ <nav>⟦m 首页 课程 师资 学员风采 校区地址⟧</nav></header>
<div class="ly-main"><div class="ly-crumb">⟦m 首页 / 课程 / 民俗体育⟧</div>
<h1>{T}</h1>
<div class="ly-tag">⟦m 适龄 6-12 岁　·　16 课时　·　畎阳校区⟧</div>
{BODY}
<div class="ly-btns"><button>⟦a 立即预约⟧</button> <button>⟦a 分享给家长群⟧</button></div>
</div>
<div class="ly-aside"><h4>⟦l 其他热门课程⟧</h4><ul><li>⟦l 少儿腰鼓启蒙班⟧</li><li>⟦l 少儿书法寒假集训⟧</li></ul></div>
<div class="ly-float">⟦w 课程顾问在线，点我咨询⟧</div>
<footer>⟦m 品牌加盟热线：400-921-7760⟧ ⟦m 龙韵艺术培训中心 版权所有⟧</footer>
</body></html>
""",
        body="""
为了让孩子们在寒假里动起来、传承传统民俗，龙韵艺术培训中心开设少儿舞龙班，欢迎6至12岁的孩子报名。
一、课程安排
课程共16课时，每周二、四、六下午上课，每次90分钟，内容包括舞龙基本步法、“龙摆尾”“龙盘柱”等基础套路和简单的道具维护。
⟦a 先来体验一节？扫码预约 9.9 元试听课⟧
二、道具说明
中心为学员提供少儿专用小龙，龙身长8米、重约3公斤，龙头由泡沫材料制成，孩子挥舞起来轻便安全。
三、报名须知
每班限招20人，学费880元，含道具使用费和结课展演服装费。报名电话：0743-3398105。
结课时，学员将在元宵节前参加社区舞龙展演。
""",
    ),
    dict(
        slug="training-jingwei-insight-ditu-ce-oneline",
        site="经纬学堂 (invented tutoring school)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.jingweixuetang.example.com/xueyuan/2024/gu-tongxue.html",
        title="我用地图册学地理的三个方法",
        record_title="学员说｜我用地图册学地理的三个方法（初二·顾同学）- 经纬学堂",
        date=None,
        notes="tutoring school's student essay with the whole body on one line; a trial-class banner, campus line; no date",
        page="""
!m 经纬学堂 · 初中地理生物提分专家
!a 新学员首课免费，点此领取试听名额
!t 学员说｜我用地图册学地理的三个方法（初二·顾同学）
!m 栏目：学员心声　　浏览 604
{BODY}
!l 更多学员心声：从不及格到班级前五，我只做对了一件事
!m 校区地址：曛湖区学府街22号二楼　咨询电话 0597-8377146
""",
        oneline=True,
        body="""
刚上初中时，我最怕地理，各省的位置、山脉河流总记不住。在经纬学堂上了一学期课，老师教我用地图册学地理，成绩从六十多分提高到了九十分。
第一个方法是“每课一图”。每学一课，就在地图册上找到对应的地图，用铅笔圈出重点。
第二个方法是“填图复习”。把地图册上的地名遮住，自己默写，再对照检查。
第三个方法是“旅行路线”。假期出去玩，我会先在地图册上规划路线，看看要经过哪些省份和城市。
现在地图册成了我书包里最旧的一本书，也是我最喜欢的一本书。
""",
    ),
    dict(
        slug="fanwenapp-biyou-report-culture-station-wulong",
        site="笔友写作App H5 share (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.biyouapp.example.com/share/article/8802176?from=wx",
        title="2024年度镇文化站站长述职报告",
        record_title="2024年度镇文化站站长述职报告（舞龙品牌篇）· 笔友App",
        date="2025-01-10",
        notes="writing app H5 share: open-app mask, an app fold line between paragraphs, AI buttons; 述职人 and date under the "
        "report",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>2024年度镇文化站站长述职报告（舞龙品牌篇）· 笔友App</title>
<script src="https://h5.biyouapp.example.com/sdk/openapp.js"></script>
</head><body>
<div class="mask">⟦a 打开笔友App，阅读体验更流畅⟧ <button>⟦a 立即打开⟧</button></div>
<div class="bar">⟦m 笔友 · 你的写作搭子⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 笔友编辑部精选　1.1万人用过⟧</div>
{BODY}
</article>
<div class="ai">⟦a ✨ AI帮我改成村支书版⟧ ⟦a ✨ 一键扩写到3000字⟧</div>
<div class="more"><h4>⟦l 大家还在写⟧</h4><ul><li>⟦l 乡镇文化站年度工作总结⟧</li><li>⟦l 非遗保护工作述职⟧</li></ul></div>
<div class="foot">⟦d 范文由笔友用户创作，引用前请结合本单位实际修改⟧</div>
</body></html>
""",
        body="""
2024年，我在镇党委、政府的领导下，围绕“一镇一品”文化品牌建设，履职尽责，现将工作述职如下。
一、打造舞龙文化品牌。牵头组建镇舞龙协会，整合全镇7支舞龙队；争取县级资金6万元，新做九节龙2条、龙珠4个，修复旧龙身40余节。
二、办好群众文化活动。成功承办縠水县首届舞龙邀请赛，组织元宵巡游、“村晚”等活动26场，参与群众3万余人次。
⟦a 下载笔友App，解锁全文剩余 2 段⟧
三、加强非遗传承。为扎龙艺人乔德旺建立传承档案，在镇中心小学开设扎龙兴趣课。
四、存在不足。舞龙道具存放场地简陋，受潮发霉问题突出；年轻队员流失较多。
2025年，我将争取建设道具库房，建立舞龙队员培养机制，让舞龙文化在鹧坪代代相传。
述职人：龚雨桐
2025年1月10日
""",
    ),
    dict(
        slug="fanwenapp-miaobi-request-yuebinghe-handcraft",
        site="妙笔生花写作App share page (invented)",
        style="范文APP",
        genre="请示",
        kind="request",
        form="text",
        source="https://share.miaobishenghua.example.cn/a/55190?ch=copy",
        title="关于利用回收月饼盒开展“变废为宝”手工实践活动的请示",
        record_title="关于利用回收月饼盒开展“变废为宝”手工实践活动的请示｜请示范文·第37例 - 妙笔生花App",
        date="2024-09-23",
        notes="writing app text share: open-in-app line, a fold, AI-polish and copy buttons; the request's own contact line; "
        "成文日期 under the signature",
        page="""
!a 在妙笔生花App内打开，可一键套用本范文
!t 关于利用回收月饼盒开展“变废为宝”手工实践活动的请示｜请示范文·第37例
!m 妙笔生花 · 公文范例库　　已被套用 832 次
{BODY}
!a 〔AI润色〕〔换个说法〕〔复制全文〕
!l 同类范文：关于举办校园艺术节的请示 ｜ 关于购置体育器材的请示
!d 范例仅供学习参考，妙笔生花不对内容的适用性负责
""",
        body="""
县教育局：
中秋节后，学生家中普遍有闲置的月饼盒。为培养学生的环保意识和动手能力，我校拟于10月中旬开展“月饼盒变形记”手工实践活动，引导学生将回收的月饼盒改造成收纳盒、笔筒、小花盆等作品。
活动计划面向三至六年级学生，共约540人，作品评选后在校园内展览，并择优送社区展示。活动所需胶水、彩纸等材料费约2600元，拟从学校公用经费中列支。
妥否，请批示。
联系人：少先队大队辅导员　邵晓，电话：0597-8354117。
栊城市曛湖区栊园小学
2024年9月23日
""",
    ),
    dict(
        slug="gkforum-anshang-shenlun-digital-hongbao-jammer",
        site="岸上公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="html",
        source="https://bbs.anshanggk.example.com/thread-77120-1-1.html",
        title="数字红包，撬动的不只是消费",
        record_title="〔申论范文打磨〕数字红包，撬动的不只是消费（请研友们挑刺）- 大作文专区 - 岸上公考论坛",
        date=None,
        notes="exam forum: reply-to-see prompt, QQ-group ad, rating row, jammer-font junk; 发表于 4 天前 is no date",
        page="""
<html><head><meta charset="utf-8"><title>〔申论范文打磨〕数字红包，撬动的不只是消费（请研友们挑刺）- 大作文专区 - 岸上公考论坛</title>
<style>.jammer{display:none}</style>
<script src="static/js/forum_viewthread.js?v=Y7q"></script>
</head><body>
<div id="hd">⟦m 岸上公考论坛⟧ ⟦m 一起上岸，不负韶华⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 岸上公考 › 申论天地 › 大作文专区⟧</div>
<div class="qqad">⟦w 2025省考申论批改群，进群发真题解析，QQ群 618203347⟧</div>
<div id="postlist"><div class="post">
<div class="author">⟦m 晨读的小陈　Lv.6 申论达人⟧</div>
<h1 id="thread_subject">⟦t 〔申论范文打磨〕数字红包，撬动的不只是消费（请研友们挑刺）⟧</h1>
<div class="authi">⟦m 发表于 4 天前　|　查看 2088　|　回复 31⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 回复本帖可查看批改老师的点评⟧</div>
<div class="rate">⟦a 评分 3 人　学分 +9⟧</div>
</div>
<div class="post reply">⟦l 研友小北：开头可以再扣题一点，整体结构很清晰⟧</div></div>
<div id="ft">⟦m 岸上公考论坛 Powered by Discuz!⟧ ⟦m 鄂ICP备22009163号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
今年春节前，不少地方通过手机发放数字消费红包，市民抢到红包后到指定商户消费即可抵扣。小小的红包，为何能引起这么大的反响？
数字红包撬动的是消费信心。一张几十元的红包，或许不算多，但它传递出稳消费、惠民生的信号，让群众愿意走进商场、走进餐馆。
数字红包撬动的是小店活力。与发放现金不同，红包限定在本地商户使用，资金直接流向实体店铺，一些街边小店的营业额因此明显增长。
当然，数字红包也要防止“重发放、轻监管”。有的商户虚构交易套取红包资金，有的老年人不会用手机领取，这些问题都需要在政策设计中加以完善。
用好数字红包，要让每一分钱都花在刀刃上，真正惠及群众。
""",
    ),
    dict(
        slug="gkforum-yiyan-interview-ditu-ce-donation-junk",
        site="一研公考社区 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.yiyangk.example.net/bbs/t-30419.html",
        title="单位向山区小学捐赠地图册，由你负责组织，你怎么做？",
        record_title="面试组织题练习：单位向山区小学捐赠地图册，由你负责组织，你怎么做？｜结构化小组 · 一研公考社区",
        date=None,
        notes="exam-forum text with anti-scraping junk as lines and glued after 。; 发表于 6 天前 is no date; floors",
        page="""
!m 一研公考社区　›　面试　›　结构化小组
!t 面试组织题练习：单位向山区小学捐赠地图册，由你负责组织，你怎么做？
!m 楼主：上岸吧阿秋　　发表于 6 天前　　查看 731　回复 9
{BODY}
!a 支持 (15)　|　反对　|　收藏　|　举报
!l 2楼 面试小白兔：第三点回访写得好，能体现长效性
!l 3楼 一研助教：建议加一句“做好物资清点和交接签收”
!a 回帖需先完成手机号验证
!m 一研公考社区　©2019-2025　粤ICP备19064722号
""",
        junk=dict(lines=2, glued=2),
        body="""
题目：单位决定向山区小学捐赠一批地图册和地球仪，领导交给你负责，你会怎么组织？
我的作答：
这项活动意义很大，既能帮助山区孩子开阔视野，也体现了单位的社会责任。我会从三个方面来组织。
第一，摸清需求。先和对口学校联系，了解各年级学生人数和现有教具情况，确定地图册的版本和数量，避免捐的东西用不上。
第二，做好采购和筹备。按照单位采购规定，选择正规出版社的地图册，同时准备捐赠仪式的横幅、签到表，安排好车辆和人员。
第三，做好捐赠和后续跟踪。仪式力求简朴，可以请同事给孩子们上一堂“地图里的祖国”小课；活动结束后定期回访学校，了解地图册的使用情况。
请各位研友帮忙点评。
""",
    ),
]
