"""holdout333, part E: residents' sites, trade associations, company sites, training schools, 范文 apps.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-huiquan-cockroach-gel-stairwells-scan",
        site="卉泉社区服务网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.huiquansq.cn/jmxz/2025/0709/215.html",
        title="关于楼道统一投放灭蟑胶饵的温馨提示",
        record_title="【楼栋提醒】关于楼道统一投放灭蟑胶饵的温馨提示 - 卉泉社区服务网",
        date="2025-07-08",
        date_also=["2025-07-09"],
        notes="residents' site: a weather line, a grid member's box, property repair and night lines; the "
        "community's own 咨询电话 in the body; residents are told to 扫码 to register; 成文日期 expected, the "
        "site's date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【楼栋提醒】关于楼道统一投放灭蟑胶饵的温馨提示 - 卉泉社区服务网</title>
<script src="/js/weather.js"></script>
</head>
<body>
<div class="top">⟦m 卉泉社区服务网⟧　⟦m 芬湖县卉口镇 · 晴 33℃ · 空气良⟧</div>
<div class="nav"><a href="/">⟦m 社区首页⟧</a> <a href="/jmxz/">⟦m 居民须知⟧</a> <a href="/bsfw/">⟦m 办事服务⟧</a> <a href="/lldt/">⟦m 邻里动态⟧</a></div>
<div class="main">
<h2>{T}</h2>
<p class="info">⟦m 发布：卉泉社区居委会　2025-07-09　浏览 671⟧</p>
<div class="txt">
{BODY}
</div>
<p class="share">⟦l 转给邻居：微信好友 | 朋友圈 | 业主群⟧</p>
</div>
<div class="side">
<div class="grid">⟦m 本楼网格员：冯秀英　手机 139 3101 7726⟧</div>
<div class="wy">⟦m 物业报修：0931-5570088　夜间应急：0931-5570099⟧</div>
<div class="links"><h4>⟦l 便民链接⟧</h4><p>⟦l 社区食堂本周菜单⟧</p><p>⟦l 老年助浴预约⟧</p></div>
</div>
<div class="foot">⟦m 卉泉社区党委　卉泉社区居委会　版权所有⟧</div>
</body>
</html>
""",
        body="""
各位居民：
近期不少居民反映楼道、垃圾房蟑螂多。经社区与物业协商，定于7月12日至13日对全社区24栋楼的楼道、电井和垃圾房统一投放灭蟑胶饵。
一、投放由专业公司进行，使用的胶饵已取得农药登记证，低毒、无异味。
二、投放后两周内，请不要擦拭楼道墙角的药点，看管好孩子和宠物。
三、需要入户投放的居民，请扫描楼道公告栏上的二维码登记，社区统一安排上门。
社区咨询电话：0931-5573210（工作日8:30—17:30）。
卉泉社区居民委员会
2025年7月8日
""",
    ),
    dict(
        slug="community-yijing-winter-diffuser-safety-list",
        site="颐景社区 (invented residents' site, text view)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://yijing.shunhe-sq.cn/tz/20251126-3.html",
        title="关于冬季室内使用香薰机、加湿器的用电安全提示",
        record_title="颐景社区 ▸ 关于冬季室内使用香薰机、加湿器的用电安全提示（请帮家中长辈看看）",
        date="2025-11-25",
        date_also=["2025-11-26"],
        notes="residents' site as text: a grid member's line and a property line in the chrome; a numbered "
        "list; 成文日期 under the signature expected, the posting date also accepted",
        page="""
!m 颐景社区 · 舜河区颐景社区居委会
!m 首页 › 通知公告
{T}
!m 发布于 2025-11-26　　阅读 392
!a 〔A+ 大字〕〔A 标准〕
{BODY}
!l 转发给家人　|　收藏　|　反馈问题
!m 网格员 魏建华 138 9315 2207　　物业服务中心 0931-8690055
!m 颐景社区居委会主办　网站维护：舜河区社区服务中心
""",
        indent="\u3000\u3000",
        body="""
各位居民朋友：
冬季室内干燥，不少家庭使用香薰机、加湿器。近期辖区发生一起香薰机进水短路引起插线板冒烟的情况，所幸发现及时。为此提醒大家：
1.香薰机、加湿器要放在平稳处，远离床铺、窗帘和插线板，防止倾倒进水。
2.不要把电源线压在地毯或家具下面，插头发热、有焦味的应立即停用。
3.睡觉和外出前关闭电源，不要整夜开机。
4.独居老人家中的电器，请子女和志愿者帮助检查一遍。
颐景社区居民委员会
2025年11月25日
""",
    ),
    dict(
        slug="association-yaocheng-daily-chem-pledge-band-labels",
        site="尧城市日用化学品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.ycrhxh.org.cn/hyzl/2025/0606/88.html",
        title="关于规范驱蚊手环标签标识的行业自律倡议书",
        record_title="〖自律倡议书〗关于规范驱蚊手环标签标识的行业自律倡议书 - 尧城市日用化学品行业协会",
        date="2025-06-06",
        notes="association site: a member-login row, a member hotline; the association's name heads the page and "
        "is also the signature (head); a sentence asking members to 分享 the pledge; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖自律倡议书〗关于规范驱蚊手环标签标识的行业自律倡议书 - 尧城市日用化学品行业协会</title>
<script src="/js/member.js"></script>
</head>
<body>
<div class="head">⟦m 尧城市日用化学品行业协会⟧ <a href="/member/login">⟦a 会员单位登录⟧</a> <a href="/member/join">⟦a 申请入会⟧</a></div>
<div class="nav"><a href="/">⟦m 协会首页⟧</a> <a href="/xhgk/">⟦m 协会概况⟧</a> <a href="/hyzl/">⟦m 行业自律⟧</a> <a href="/hyzx/">⟦m 行业资讯⟧</a> <a href="/hyfw/">⟦m 会员服务⟧</a></div>
<div class="pos">⟦m 首页 ＞ 行业自律 ＞ 倡议书⟧</div>
<div class="content">
<h1>{T}</h1>
<p class="src">⟦m 发布者：协会秘书处　点击 524⟧</p>
<div class="body">
{BODY}
</div>
</div>
<div class="hotline">⟦m 会员服务专线：0931-8807766（周一至周五）⟧</div>
<div class="foot">⟦m 尧城市日用化学品行业协会秘书处　地址：尧城市舜河区工业大道17号⟧<br>⟦m 甘ICP备18002741号-1⟧</div>
</body>
</html>
""",
        body="""
全市各会员单位：
驱蚊手环是夏季热销产品，也是消费投诉的高发品类。今年以来，市场监管部门通报的不合格驱蚊手环中，多数问题出在标签标识上。为维护行业声誉，协会倡议：
一、凡生产、销售驱蚊手环的会员单位，必须确保产品取得农药登记证，并在标签上完整标注登记证号和有效成分；
二、不使用“纯天然”“宝宝专用”等误导性宣传用语；
三、发现同行违规的，及时向协会秘书处反映。
请各会员单位将本倡议分享到企业员工群，组织销售人员认真学习。
尧城市日用化学品行业协会
2025年6月6日
""",
    ),
    dict(
        slug="association-pest-council-minutes-fly-paper-no-title",
        site="尧城市卫生杀虫药械协会 (invented, text view)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.ycwsxh.org/xhdt/20250320/1206.html",
        title="尧城市卫生杀虫药械协会三届五次理事会会议纪要",
        record_title=None,
        date="2025-03-14",
        date_also=["2025-03-20"],
        notes="no record title: the page's title line gives it; minutes with 时间/地点/主持/出席/记录 lines and a "
        "vote count; the 时间 line's date expected, the site's posting date also accepted",
        page="""
!m 尧城市卫生杀虫药械协会 › 协会动态
{T}
!m 发布日期：2025-03-20　　来源：秘书处
{BODY}
!l ◀ 上一篇：协会2024年度工作报告　　▶ 下一篇：关于征集粘蝇纸团体标准起草单位的通知
!a 会员单位登录后可查阅往期纪要全文
!m 协会秘书处电话：0931-8211056　　地址：尧城市舜河区环卫路3号
""",
        indent="\u3000\u3000",
        body="""
时间：2025年3月14日上午
地点：协会会议室
主持：会长郝建国
出席：理事15人（应到17人）
记录：宋晓芸
会议审议了以下事项：
一、审议通过《粘蝇纸团体标准》立项申请。会议认为，当前市场上粘蝇纸胶层厚度、持粘时间差异大，有必要制定团体标准。表决结果：同意14票，反对0票，弃权1票。
二、决定4月组织一次会员单位产品质量互查，重点检查粘蝇纸、灭蟑胶饵的标签和包装。
三、增补尧城卫康环境服务有限公司为理事单位。
""",
    ),
    dict(
        slug="company-huimei-remote-cover-launch-glued-title",
        site="卉美家居 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.huimei-home.com/news/2025/0902-launch.html",
        title="卉美抗菌遥控器套系列上市",
        record_title="新品资讯 · 卉美抗菌遥控器套系列上市 | 卉美家居",
        date="2025-09-02",
        notes="company site: a cookie notice, a service float; the title repeated and glued before the lead; the "
        "dotted date in the news header is the page's date; the company's short name inside the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新品资讯 · 卉美抗菌遥控器套系列上市 | 卉美家居</title>
<script src="/assets/js/main.min.js"></script>
</head>
<body>
<header class="nav-bar"><a class="logo" href="/">⟦m 卉美家居 HUIMEI HOME⟧</a>
<a href="/products/">⟦m 产品中心⟧</a> <a href="/news/">⟦m 新闻中心⟧</a> <a href="/about/">⟦m 关于卉美⟧</a> <a href="/shop/">⟦a 官方商城⟧</a></header>
<section class="news-detail">
<p class="crumb">⟦m 首页 / 新闻中心 / 新品资讯⟧</p>
<h1>{T}</h1>
<p class="date">⟦m 2025.09.02 · 品牌部⟧</p>
<div class="rich">
{BODY}
</div>
<p class="back"><a href="/news/">⟦l ← 返回新闻列表⟧</a></p>
</section>
<div class="service-float">⟦w 在线客服⟧ ⟦w 经销合作 0931-5206688⟧</div>
<div class="cookie">⟦d 本网站使用Cookie来改善浏览体验，继续浏览即表示您同意⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m © 2025 芬湖卉美家居用品有限公司⟧　⟦m 陇ICP备21008830号⟧</footer>
</body>
</html>
""",
        body="""
⟦t 卉美抗菌遥控器套系列上市⟧9月1日，芬湖卉美家居用品有限公司推出抗菌遥控器套系列，覆盖电视、空调、机顶盒等常见遥控器的42个尺寸。
新品采用食品级硅胶，添加银离子抗菌剂，经第三方检测，对大肠杆菌、金黄色葡萄球菌的抗菌率均在99%以上。套身加厚至2毫米，从1米高处跌落遥控器不受损。
针对老年用户，卉美还推出“大字款”，在电源、音量、频道等常用键上印有醒目大字和颜色标识。
目前新品已在卉美官方商城和全国300余家门店上架，单只售价9.9元起。
""",
    ),
    dict(
        slug="company-jieling-recall-cockroach-gel-batches",
        site="尧城洁灵生物科技有限公司 (invented company site, text view)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.jieling-bio.com/gonggao/20250819.html",
        title="关于主动召回部分批次灭蟑胶饵的公告",
        date="2025-08-19",
        notes="the record gives the title as is; a company's recall: a batch table, the recall line in the body "
        "next to the site's 400 order line; 成文日期 under the signature",
        page="""
!m 洁灵生物 · 让家更洁净
!m 首页 ｜ 产品 ｜ 公告 ｜ 联系我们
{T}
!m 公告类别：产品公告　　浏览：2133
{BODY}
!l 相关产品：洁灵毒饵盒（12只装）　洁灵灭蚁饵剂
!m 订购热线：400-615-8899　　官方商城：shop.jieling-bio.com
!m © 尧城洁灵生物科技有限公司　甘ICP备17009924号
""",
        indent="\u3000\u3000",
        body="""
我公司在出厂复检中发现，部分批次“洁灵”灭蟑胶饵的注射管封口不严，存在药剂渗漏的可能。为保障消费者安全，公司决定主动召回以下批次产品：
产品名称　规格　生产批号
洁灵灭蟑胶饵　10克/支　JL250603
洁灵灭蟑胶饵　10克/支　JL250611
洁灵灭蟑胶饵　20克/支　JL250615
请已购买上述批次产品的消费者停止使用，凭产品包装到原购买门店办理退货，或拨打召回专线0931-5237811登记，我公司将免费上门回收。
由此给您带来的不便，我们深表歉意。
尧城洁灵生物科技有限公司
2025年8月19日
""",
    ),
    dict(
        slug="training-fangyu-diffuser-weekend-brochure",
        site="芳语芳疗学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.fangyu-xuetang.com/course/weekend-diffuser.html",
        title="香薰机选购与芳香护理周末体验课招生简章",
        record_title="【周末体验课】香薰机选购与芳香护理周末体验课招生简章（每期限12人）- 芳语芳疗学堂",
        date=None,
        notes="training school: a promo banner, a consult float, a franchise 400 line; a course table one row a "
        "paragraph; the school's own 报名电话 in the body; a brochure with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【周末体验课】香薰机选购与芳香护理周末体验课招生简章（每期限12人）- 芳语芳疗学堂</title>
<script src="/js/swiper.js"></script>
</head>
<body>
<div class="banner">⟦a 🎁 老学员带新学员，双方各减100元 →⟧</div>
<header>⟦m 芳语芳疗学堂 · 尧城校区⟧ <a href="/">⟦m 首页⟧</a> <a href="/course/">⟦m 全部课程⟧</a> <a href="/teacher/">⟦m 师资介绍⟧</a> <a href="/join/">⟦m 加盟合作⟧</a></header>
<div class="course">
<h1>{T}</h1>
<div class="desc">
{BODY}
</div>
<a class="btn" href="/signup">⟦a 立即抢位⟧</a>
</div>
<div class="float-consult">⟦w 课程顾问在线 · 点我咨询⟧</div>
<footer>⟦m 品牌加盟热线：400-186-7712⟧　⟦m 芳语芳疗学堂 版权所有⟧</footer>
</body>
</html>
""",
        body="""
香薰机怎么选？精油怎么用才安全？芳语芳疗学堂推出周末体验课，带你用好家里的香薰机。
课程安排：
课次　内容　时长
第一课　超声波、无水、加热三类香薰机的原理和选购　1.5小时
第二课　精油的稀释、禁忌人群和安全用量　1.5小时
第三课　香薰机的清洗保养和常见故障排查　1小时
上课时间：每周六下午14:00，每期限12人，学费298元（含材料）。
上课地点：尧城市舜河区文华路66号二楼。
报名电话：0931-8719520（卓老师）。
""",
    ),
    dict(
        slug="training-huaji-insight-pest-control-trainee",
        site="芬湖华技职业培训学校 (invented, text view)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.fhhuaji.com/xyxs/2025/118.html",
        title="参加有害生物防制员培训的学习心得",
        record_title="学员心得｜参加有害生物防制员培训的学习心得 - 芬湖华技职业培训学校",
        date=None,
        notes="a training school's trainee page as text: a trial-lesson prompt on a line of its own between "
        "paragraphs, a course ad, a consult line; an insight with no date",
        page="""
!m 芬湖华技职业培训学校 — 学一门手艺，端一个饭碗
!m 首页 / 学员风采 / 学员心得
{T}
!m 学员：聂海涛（有害生物防制员第6期）　　浏览 418
{BODY}
!a ▶ 下期开班倒计时 12 天，现在报名送劳保套装
!l 其他学员心得：保育员班学员周记　|　电工班学员谈实操考核
!w 课程咨询：0931-5320716（微信同号）
""",
        indent="\u3000\u3000",
        body="""
我在镇上开了一家小超市，后仓老有蟑螂和苍蝇，以前只会买点杀虫剂乱喷。这次报名参加有害生物防制员培训，二十天下来收获很大。
第一，认识了“防”比“杀”重要。老师带我们到食堂现场看，蟑螂藏在哪里、苍蝇从哪里进来，都有规律。先把缝隙堵上、垃圾清走，药才用得少。
⟦a 免费试听一节实操课，名额有限⟧
第二，学会了科学用药。粘蝇纸要挂在苍蝇飞行的路线上，不能挂在灯底下；灭蟑胶饵要少量多点，不能和喷雾一起用。
第三，懂得了安全的重要性。药剂要专柜存放，投药要做记录，这些以前根本不知道。
回去以后，我打算先把自家超市收拾好，再给街坊们帮帮忙。
""",
    ),
    dict(
        slug="fanwenapp-bixia-host-script-mosquito-class",
        site="笔下生花App (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.bixiashenghua.com/share/doc?id=5821077&from=wx",
        title="“夏夜防蚊小课堂”亲子科普活动主持词",
        record_title="“夏夜防蚊小课堂”亲子科普活动主持词（双主持·可改）· 笔下生花App",
        date=None,
        notes="writing app H5 share: an open-app mask, a fold ('展开全文'), an AI-rewrite button glued after a "
        "line; a host script with 甲/乙/合 lines; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>“夏夜防蚊小课堂”亲子科普活动主持词（双主持·可改）· 笔下生花App</title>
<script src="https://h5.bixiashenghua.com/static/share.js"></script>
</head>
<body>
<div class="open-app-mask">⟦a 打开笔下生花App，AI帮你改写成自己的稿子⟧ <button>⟦a 打开⟧</button></div>
<div class="doc">
<h1>{T}</h1>
<p class="doc-meta">⟦m 笔下生花 · 主持词频道 · 1.3万人用过⟧</p>
<div class="doc-body">
{BODY}
</div>
<div class="fold">⟦a 展开全文 ∨⟧</div>
<div class="actions">⟦a 一键复制⟧ ⟦a 生成Word⟧ ⟦a 换一篇⟧</div>
<div class="rec"><h4>⟦l 相似主持词⟧</h4><p>⟦l 社区消夏晚会主持词⟧</p><p>⟦l 亲子阅读活动主持稿⟧</p></div>
</div>
<div class="bottom-bar">⟦a App内免费查看更多主持词⟧</div>
<script>Share.init({id:5821077});</script>
</body>
</html>
""",
        body="""
甲：亲爱的小朋友们、家长朋友们，
乙：大家晚上好！
甲：夏天到了，小蚊子也出来“搞偷袭”了。被蚊子咬了又痒又疼，还可能传播疾病。
乙：今天晚上，我们邀请到社区卫生服务中心的廖医生，给大家上一堂“夏夜防蚊小课堂”。
甲：廖医生会告诉我们，驱蚊手环、驱蚊液、蚊香应该怎么选、怎么用。⟦a ✨ AI改写这一段⟧
乙：课堂最后还有有奖问答环节，答对的小朋友可以领取一个驱蚊小礼包哦！
合：下面，让我们用热烈的掌声欢迎廖医生！
""",
    ),
    dict(
        slug="fanwenapp-gongwenbang-report-accessories-oneline",
        site="公文帮App (invented writing app, text share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.gongwenbang.cn/s/r88120",
        title="家电卖场配件组组长2025年度述职报告",
        record_title="家电卖场配件组组长2025年度述职报告（精编）- 公文帮App",
        date="2025-12-28",
        notes="a writing app's text share with the whole report on one line; an app prompt and a member line; "
        "成文日期 at the end of the one-line body",
        page="""
!a 📱 在公文帮App中打开，阅读体验更好
!m 公文帮 · 述职报告 · 商贸类
{T}
!m 收录于 2 天前　　1.8万次浏览
{BODY}
!a 开通公文帮会员，每天可免费导出5篇Word
!l 大家还在看：商场楼层主管述职报告　|　门店店长年终总结
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各位领导、同事：
2025年，我担任卉美电器城配件组组长，负责遥控器、遥控器套、电池等小配件的销售和库存管理。现将一年工作报告如下。
一是销售有增长。全年配件组销售额86.4万元，同比增长12%，其中遥控器套销售1.2万只，比去年翻了一番。
二是品类更齐全。针对老年顾客看不清按键的问题，引进了大字遥控器套，并在柜台设置了免费试套区。
三是库存更合理。推行每周盘点，滞销配件及时退换，库存周转天数由45天降到32天。
不足之处是线上渠道开拓不够，明年我将重点推动配件组入驻社区团购。
述职人：蔡明远
2025年12月28日
""",
    ),
]
