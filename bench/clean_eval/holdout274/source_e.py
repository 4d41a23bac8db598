"""holdout274, part E: residents' sites, trade associations, company sites, training schools, writing apps.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-luquanxiang-notice-back-scratchers-home-visits",
        site="漉泉巷社区网 (invented, residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.luquanxiang-sq.example.cn/tzgg/2025/1010/93.html",
        title="关于开展“敬老月”上门送适老小物件活动的通知",
        record_title="〖居委动态〗关于开展“敬老月”上门送适老小物件活动的通知｜漉泉巷社区网",
        date="2025-10-10",
        notes="residents' site with a weather line, a grid member's box and property lines beside the community's own "
        "咨询电话; 扫码报名 as content; a table one row a paragraph; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〖居委动态〗关于开展“敬老月”上门送适老小物件活动的通知｜漉泉巷社区网</title>
<script src="/assets/sq.js"></script>
</head><body>
<div class="bar">⟦m 浣滨区　今日多云　12～20℃　空气质量：良⟧</div>
<div class="brand">⟦m 漉泉巷社区网⟧<small>⟦m 邻里守望　幸福同行⟧</small></div>
<ul class="nav"><li>⟦m 社区首页⟧</li><li>⟦m 居委动态⟧</li><li>⟦m 便民服务⟧</li><li>⟦m 志愿者之家⟧</li></ul>
<h1>{T}</h1>
<div class="meta">⟦m 发布：漉泉巷社区居委会　｜　2025-10-10　｜　阅读 640⟧</div>
<div class="text">
{BODY}
</div>
<div class="grid-box"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　贝丽娟　139 7301 2286⟧</p></div>
<div class="wuye"><p>⟦m 物业服务中心：0731-5539810⟧</p><p>⟦m 夜间报修：0731-5539811⟧</p></div>
<div class="foot">⟦m 漉泉巷社区居民委员会　浣滨区漉泉巷12号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
十月是“敬老月”。为方便辖区高龄、独居老人日常生活，社区将联合辖区志愿者开展上门送适老小物件活动。有关事项通知如下。
一、发放对象：辖区80周岁以上老人及独居老人，共计112人。
二、发放物品
物品　数量　说明
竹制痒痒挠　112把　齿端已打磨圆钝
放大镜　112个　带照明灯
防滑拖鞋　112双　按老人鞋码发放
三、时间安排：10月15日至10月25日，志愿者分片上门，送物品的同时帮助老人检查燃气、用电安全。
四、志愿者报名：欢迎居民扫描社区服务站门口的二维码报名参加上门服务。
咨询电话：0731-5539426（社区居委会）。
漉泉巷社区居民委员会
2025年10月10日
""",
    ),
    dict(
        slug="community-qiyuan-pledge-bamboo-horse-parade",
        site="葺园社区服务网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://qiyuan-sq.example.cn/news/2025/02/0207.html",
        title="元宵节竹马巡游文明观演倡议书",
        record_title="【文明观演】元宵节竹马巡游文明观演倡议书（老人孩子出门前看一看）",
        date="2025-02-07",
        notes="decorated record title; 关注 an account as content; 成文日期 under the signature; "
        "a weather line and a property line in the chrome",
        page="""
!m 葺园社区服务网　　浣滨区　小雨　6～11℃
!m 首页 · 社区公告 · 倡议书
{T}
!m 来源：葺园社区　　2025-02-07　　　　【大字】【小字】
{BODY}
!l 上一篇：春节期间燃放烟花爆竹安全提示
!l 下一篇：葺园社区2025年寒假托管班开班啦
!m 物业24小时值班电话：0731-5541700
!m 葺园社区居民委员会主办
""",
        body="""
各位居民朋友：
正月十五晚上，浣滨区竹马巡游队伍将经过我社区葺园路。为让大家看得开心、看得安全，社区向全体居民发出如下倡议：
一、有序观演。请在葺园路两侧的观演区内观看，不拥挤、不追跑，不要横穿巡游队伍。
二、照顾好老人和孩子。小朋友请由家长牵好，不要靠近竹马，以免被竹马道具碰伤。
三、文明出行。巡游期间葺园路临时交通管制，请绿色出行，车辆不要停放在巡游路线上。
四、爱护环境。请不要在观演区燃放烟花，离开时带走随身垃圾。
巡游路线和时间，请关注“葺园邻里”公众号查看。
葺园社区居民委员会
2025年2月7日
""",
    ),
    dict(
        slug="association-zhumu-minutes-back-scratcher-standard",
        site="滟湖市竹木工艺品行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.yhzmgyp.example.org.cn/xhdt/2025/0415/207.html",
        title="滟湖市竹木工艺品行业协会第三届理事会第四次会议纪要",
        record_title="〔理事会议〕滟湖市竹木工艺品行业协会第三届理事会第四次会议纪要 - 协会动态",
        date="2025-04-12",
        notes="association page with a member-login row and a member hotline; the minutes' 时间/地点/主持/出席/"
        "列席/记录 lines and a vote count stay in the body; the 时间 line gives the date; the association's name "
        "also signs the minutes",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔理事会议〕滟湖市竹木工艺品行业协会第三届理事会第四次会议纪要 - 协会动态</title>
<script src="/js/xh.js"></script>
</head><body>
<div class="top">⟦a 会员单位登录⟧　⟦a 入会申请⟧　⟦m 会员服务热线：0731-5526611⟧</div>
<div class="logo">⟦m 滟湖市竹木工艺品行业协会⟧</div>
<ul class="nav"><li>⟦m 协会概况⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 会员风采⟧</li><li>⟦m 标准规范⟧</li></ul>
<div class="pos">⟦m 首页 › 协会动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布者：协会秘书处　点击：173⟧</div>
<div class="body">
{BODY}
</div>
<div class="pn">⟦l 上一篇：协会组织会员单位参加广交会⟧　⟦l 下一篇：竹木工艺品出口形势分析会召开⟧</div>
<div class="foot">⟦m 协会地址：滟湖市苣湾路77号　邮箱：xiehui@yhzmgyp.example.org.cn⟧　⟦m 湘ICP备19031522号⟧</div>
</body></html>
""",
        body="""
时间：2025年4月12日上午9:30
地点：苣湾镇竹制品产业园会议中心
主持：韩德厚（会长）
出席：理事21人（应到25人）
列席：监事长鲁平，秘书处全体人员
记录：蒋一鸣
会议审议了《竹制痒痒挠》团体标准（草案）。秘书长汇报了标准起草情况：草案规定了竹材含水率不高于12%、齿端圆角半径不小于1.5毫米、表面不得有毛刺和霉斑等要求。
经表决，同意18票，反对1票，弃权2票，会议通过《竹制痒痒挠》团体标准，由秘书处于5月底前发布实施。
会议还决定，协会组织会员单位开展一次产品质量互查，互查结果在下次理事会上通报。
滟湖市竹木工艺品行业协会
""",
    ),
    dict(
        slug="association-yingshan-stone-lock-contest-rules",
        site="萦山县石锁运动协会 (invented)",
        style="行业协会",
        genre="规程",
        kind="other",
        form="text",
        source="http://www.ysshisuo.example.org.cn/guize/03.html",
        title="萦山县石锁比赛竞赛规程",
        date=None,
        notes="title as given by the record; rules with 第N条 articles speaking of 下载 and 打印; no date (rules "
        "with an effective clause only); member-login and join lines in the chrome",
        page="""
!m 萦山县石锁运动协会　　[会员登录]　[我要入会]
!m 首页 » 规章制度 » 竞赛规程
{T}
!m 协会秘书处　编　　　阅读：247
{BODY}
!a ◆ 打印本规程　　◆ 返回
!w 欢迎石锁爱好者加入协会，入会咨询请加微信：ys_shisuo2019
!m 萦山县石锁运动协会版权所有
""",
        body="""
第一条　为规范全县石锁比赛，保障运动员安全，制定本规程。
第二条　比赛设单手抛接、双锁花式、定点举锁三个项目，分男子、女子、老年三个组别。
第三条　比赛用锁统一由组委会提供，男子组用锁10公斤，女子组和老年组用锁6公斤，运动员不得自带石锁。
第四条　单手抛接以一分钟内成功接锁次数计成绩；石锁落地即停止计数。
第五条　比赛场地为平整草地或塑胶场地，场地四周设3米安全区，观众不得进入。
第六条　报名表可在协会网站下载，填写后打印一份，由所在单位盖章后报协会秘书处。
第七条　本规程由萦山县石锁运动协会负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="company-qimu-recall-coat-rack-batches",
        site="栖木家居官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.qimujiaju.example.cn/news/gonggao/2025-07-02.html",
        title="关于主动召回部分批次落地衣帽架的公告",
        record_title="关于主动召回部分批次落地衣帽架的公告 | 新闻中心 | 栖木家居",
        date="2025-07-02",
        notes="company site with a cookie notice and a service float; the recall line next to a 400 order line; "
        "a batches table one row a paragraph; 扫码 a label as content; the dotted company date and the signature "
        "date agree",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于主动召回部分批次落地衣帽架的公告 | 新闻中心 | 栖木家居</title>
<script src="/js/site.bundle.js" defer></script>
</head><body>
<header><a class="logo">⟦m 栖木家居⟧</a><nav><a>⟦m 产品中心⟧</a><a>⟦m 全屋定制⟧</a><a>⟦m 新闻中心⟧</a><a>⟦m 联系我们⟧</a></nav></header>
<div class="banner">⟦m 栖木家居　让家更有温度⟧</div>
<div class="crumb">⟦m 首页 / 新闻中心 / 企业公告⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2025.07.02⟧</p>
<div class="content">
{BODY}
</div>
</article>
<aside class="float-kf"><p>⟦a 在线客服⟧</p><p>⟦w 订购热线：400-176-0828⟧</p></aside>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示您同意我们的隐私政策。⟧ <button>⟦a 知道了⟧</button></div>
<footer>⟦m © 2025 滟湖栖木家居有限公司　湘ICP备20014477号-1⟧</footer>
</body></html>
""",
        body="""
近期，我公司在质量追溯中发现，2025年5月生产的部分落地衣帽架底座存在开裂风险，可能导致衣帽架倾倒。为保障消费者安全，我公司决定主动召回相关批次产品。
召回范围如下：
型号　生产批次　数量
QM-YM301　20250508　1260台
QM-YM301　20250517　980台
QM-YM305　20250512　640台
消费者可扫描衣帽架底座标签上的二维码，核对是否属于召回批次。属于召回范围的，我公司将免费上门更换底座或全额退款。
召回服务电话：0731-5587632（每天8:00—20:00）。
由此给您带来的不便，我们深表歉意。
滟湖栖木家居有限公司
2025年7月2日
""",
    ),
    dict(
        slug="company-fengcang-news-sheath-buckle-replacement",
        site="锋藏刀具官网 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.fengcang-knives.example.cn/news/230.html",
        title="关于部分刀鞘卡扣松动问题免费更换的通知",
        record_date="2025-11-06",
        date="2025-11-06",
        notes="title and date from the record; company page with a shop link and a service line beside the "
        "document's own after-sales line",
        page="""
!m 锋藏刀具　FENGCANG　　｜　　官方商城　　｜　　经销商查询
!m 首页 > 新闻资讯 > 服务公告
{T}
!m 2025-11-06　　锋藏刀具客服部
{BODY}
!a 〔分享到朋友圈〕〔复制链接〕
!m 全国服务热线：400-613-2718　　邮箱：service@fengcang-knives.example.cn
!m 浃溪锋藏刀具有限公司　版权所有
""",
        body="""
尊敬的用户：
经用户反馈和我公司检测，2025年8月至9月出厂的“山行”系列户外刀所配刀鞘，部分卡扣弹片偏软，长时间使用后可能松动，存在刀具滑出的隐患。
我公司决定为上述产品免费更换新款刀鞘。用户可携带刀具和购买凭证到各授权经销商处更换，也可联系售后部门寄回更换，往返运费由我公司承担。
更换期间，请勿将卡扣松动的刀鞘挂在腰间或背包外侧使用。
售后服务电话：0744-5230916，联系人：沈先生。
浃溪锋藏刀具有限公司
2025年11月6日
""",
    ),
    dict(
        slug="training-tongqu-brochure-bamboo-horse-dance-class",
        site="童趣艺术培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.tongqu-art.example.cn/zs/2026-hanjia-zhuma.html",
        title="少儿竹马舞寒假班招生简章",
        record_title="【寒假新班】少儿竹马舞寒假班招生简章（零基础可学）｜童趣艺术培训学校",
        date=None,
        notes="training school with a promo banner and a consult float; the school's own 报名电话 next to a 400 "
        "franchise line; a course timetable one row a paragraph; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【寒假新班】少儿竹马舞寒假班招生简章（零基础可学）｜童趣艺术培训学校</title>
<script src="/js/zx.js"></script>
</head><body>
<div class="promo">⟦a 🎉 寒假报名季，老学员续报立减200元 ⟧</div>
<header>⟦m 童趣艺术培训学校⟧　<nav>⟦m 首页⟧ ⟦m 课程体系⟧ ⟦m 师资力量⟧ ⟦m 校区分布⟧</nav></header>
<div class="crumb">⟦m 首页 > 招生信息⟧</div>
<h1>{T}</h1>
<div class="txt">
{BODY}
</div>
<div class="float-zx"><p>⟦w 课程顾问在线，点击咨询⟧</p><p>⟦a 预约免费试听课⟧</p></div>
<div class="join">⟦w 品牌加盟热线：400-902-7737⟧</div>
<footer>⟦m 童趣艺术培训学校　浣滨校区：滟湖市浣滨区青枫路31号⟧</footer>
</body></html>
""",
        body="""
竹马舞是我市流传已久的民间舞蹈，孩子骑着小竹马跑圆场、走十字、穿花，既能锻炼身体，又能了解家乡的传统文化。今年寒假，我校开设少儿竹马舞班，零基础即可报名。
招生对象：6至12岁少年儿童，每班限招16人。
课程安排：
班次　上课时间　课时
上午班　1月20日—2月5日　9:00—10:30　24课时
下午班　1月20日—2月5日　14:30—16:00　24课时
课程内容：竹马基本步伐、圆场、队形变化，结业时排练完整的竹马舞《春到茏口》参加汇报演出。
学费：1280元（含竹马道具一匹，结业后可带回家）。
报名地点：浣滨校区一楼前台。报名电话：0731-5547716（王老师）。
""",
    ),
    dict(
        slug="training-oneline-trainee-insight-leather-sheath-course",
        site="匠心皮艺工坊 (invented, training school)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.jiangxinpiyi.example.cn/xueyuan/xinde/56.html",
        title="学做皮刀鞘的十二天",
        date=None,
        notes="title as given by the record; a trainee's 心得 on one line (paragraphs separated only by their "
        "indent); no date; course ad and consult WeChat after the body",
        page="""
!m 匠心皮艺工坊 · 手工皮具培训
!m 首页 ｜ 课程 ｜ 学员作品 ｜ 学员心声
{T}
!m 学员：邸坪镇 柯小满　　　第14期刀鞘专修班
{BODY}
!a 【第15期刀鞘专修班报名中】点此查看课程详情
!w 课程咨询请加工坊微信：jiangxin_piyi88
!m 匠心皮艺工坊　版权所有
""",
        indent="　　",
        oneline=True,
        body="""
来工坊之前，我只会用剪刀剪皮子。十二天下来，我亲手缝出了三只刀鞘，一只给自己，两只送给了上山打猎的叔叔。
最难的是打版。刀鞘太紧，刀拔不出来；太松，刀会自己滑出来。老师让我们先用卡纸反复试，试到刀插进去听到“咔”的一声才算合格。
手缝也不容易，每一针的力度都要一样，线才会整齐。头两天我的针脚歪歪扭扭，老师让我拆了重缝，一只刀鞘缝了四遍。
这十二天让我明白，手艺没有捷径，就是一遍一遍地练。
""",
    ),
    dict(
        slug="app-xiezuomao-speech-nursing-home-chongyang",
        site="写作猫 (invented writing app, H5 share page)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://h5.xiezuomao.example.cn/share/article/7120933",
        title="在邬塘乡敬老院重阳节慰问活动上的讲话",
        record_title="在邬塘乡敬老院重阳节慰问活动上的讲话（院长致辞可改用）· 写作猫",
        date="2024-10-11",
        notes="writing app share page with an open-app mask, a fold and an AI-rewrite button glued after a 。; date "
        "under the speech title in Chinese numerals; speaker line neutral",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>在邬塘乡敬老院重阳节慰问活动上的讲话（院长致辞可改用）· 写作猫</title>
<script src="https://h5.xiezuomao.example.cn/static/js/share.7c1e.js"></script>
</head><body>
<div class="open-app-mask">⟦a 打开写作猫App，写材料快人一步⟧<button>⟦a 立即打开⟧</button></div>
<div class="article">
<h1>{T}</h1>
<p class="sub">（二〇二四年十月十一日）</p>
<p class="sub">邬塘乡敬老院院长　蒙秀兰</p>
<div class="content">
{BODY}
</div>
<div class="fold">⟦a 展开剩余65%⟧</div>
<div class="ops"><span>⟦a 一键套用⟧</span><span>⟦a 导出文档⟧</span><span>⟦a 收藏⟧</span></div>
</div>
<div class="rec"><h4>⟦l 猜你还想写⟧</h4><p>⟦l 重阳节敬老院文艺汇演主持词⟧</p><p>⟦l 老年节慰问讲话（乡镇版）⟧</p></div>
<div class="foot">⟦m 写作猫 · 你的公文写作助手⟧</div>
</body></html>
""",
        body="""
各位领导、各位爷爷奶奶：
今天是重阳节，乡党委、乡政府的领导和爱心企业的朋友们来到敬老院，看望大家、陪大家过节。我代表敬老院全体工作人员，向各位领导和爱心人士表示衷心感谢，向在座的老人们致以节日的问候！
今年，敬老院新装了空调和呼叫铃，增加了两名护理员。这次来慰问的爱心企业还给每位老人送来了竹制痒痒挠和护膝，痒痒挠是苣湾镇的竹匠一把一把削出来的。⟦a ✨AI帮我改写这段⟧
我们全体工作人员一定把老人们照顾好，让大家吃得好、住得暖、过得开心。
最后，祝各位老人身体健康、福寿安康！
""",
    ),
    dict(
        slug="app-caiyuan-report-hotel-housekeeping-coat-racks",
        site="材料园App (invented writing app, text share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.cailiaoyuan.example.cn/s/rpt/44391",
        title="2024年度酒店客房部主管述职报告",
        record_title="2024年度酒店客房部主管述职报告（可直接改名）- 材料园App",
        date="2025-01-06",
        notes="writing app text share: an open-app line and a member prompt on a line of its own inside the body; "
        "成文日期 under the signature; numbered items",
        page="""
!a 在材料园App内打开，阅读体验更佳 ›
!t 2024年度酒店客房部主管述职报告（可直接改名）- 材料园App
!m 材料园精选　｜　1526人已使用
{BODY}
!a 全文共1200字，开通材料园会员可一键导出Word
!l 你可能还需要：客房部年终总结　前厅部主管述职报告
!m 材料园App · 写材料，找材料园
""",
        body="""
各位领导、同事们：
2024年，我担任滟湖华庭酒店客房部主管，带领28名员工负责全店186间客房的清洁和服务工作。现将一年来的履职情况报告如下。
一、服务质量稳步提升。全年客房出租率达到78.6%，宾客满意度96.2%，比上年提高2.1个百分点。
二、完成客房设施更新。针对宾客反映落地衣帽架占地方、易碰倒的问题，组织将全部客房的落地衣帽架更换为壁挂式衣帽架，客房通道更宽敞了。
⟦a 以下内容为会员专享，开通后查看剩余2项⟧
三、加强员工培训。全年组织业务培训24次，3名员工在全市客房服务技能比赛中获奖。
2025年，我将继续带领团队提升服务品质，为酒店发展作出更大贡献。
述职人：石晓燕
2025年1月6日
""",
    ),
]
