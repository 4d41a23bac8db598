"""holdout244, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛 (one HTML and one text each).

Invented text, sites, places and people; every case written by hand.
"""

CASES = [
    dict(
        slug="jiaoyuan-community-pledge-letters-to-soldiers",
        site="皎园社区网 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.jiaoyuansq.cn/tzgg/2025/0715/604.html",
        title="致辖区居民的倡议书：给边防战士写一封信",
        record_title="【拥军优属】致辖区居民的倡议书：给边防战士写一封信 | 皎园社区网",
        date="2025-07-15",
        notes="residents' site with a weather line, a grid worker's box and property repair lines; 扫码报名 as content; "
        "the community's 咨询电话 beside the property duty line and the grid worker's mobile; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【拥军优属】致辖区居民的倡议书：给边防战士写一封信 | 皎园社区网</title></head>
<body>
<div class="wea">⟦m 筵湖区 雷阵雨 26~33℃⟧ ⟦m 今天是2025年7月17日 星期四⟧</div>
<div class="logo">⟦m 皎园社区网 · 邻里一家亲⟧</div>
<nav>⟦m 首页⟧ ⟦m 社区公告⟧ ⟦m 邻里活动⟧ ⟦m 便民服务⟧ ⟦m 物业之窗⟧</nav>
<div class="crumb">⟦m 首页 ＞ 社区公告⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布：皎园社区居委会　阅读 688⟧</div>
<div class="article">
{BODY}
</div>
<aside class="grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　郝晓禾　13907281146⟧</p></aside>
<aside class="wy"><p>⟦m 物业报修：0728-5526110（24小时）⟧</p><p>⟦m 夜间值班：13507286620⟧</p></aside>
<footer>⟦m 筵湖区皎园社区居民委员会　地址：皎园路77号⟧<br>⟦d 本站信息仅供辖区居民参考，转载请注明出处。⟧</footer>
<script>var sqid="jiaoyuan";</script>
</body></html>
""",
        body="""
亲爱的居民朋友们：
“八一”建军节就要到了。我们社区与西部边防某连队结对共建已有六年，战士们驻守在海拔四千多米的哨所，一年里难得收到几封家乡来信。
为此，社区向全体居民发出倡议：
一、请您拿起笔，在信纸上给边防战士写一封信，说说家乡的变化，送上一句祝福。孩子们可以画一幅画夹在信里。
二、社区居委会为大家准备了印有“皎园寄边关”字样的信纸和信封，可到社区服务大厅免费领取。
三、请于7月28日前将信件交到社区服务大厅，也可扫码关注“皎园社区”公众号报名，由志愿者上门收取。
咨询电话：0728-5521307。
皎园社区居民委员会
2025年7月15日
""",
    ),
    dict(
        slug="yingwan-community-notice-veteran-badges-oneline",
        site="莺湾社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://yingwan.yanhu-sq.cn/gg/2025/0905/221.html",
        title="关于为辖区退役军人发放纪念章的通知",
        date="2025-09-05",
        notes="residents' site as text with the whole notice on one line; title as the record gives it; the community's "
        "phone in the notice beside the property line and a grid worker's mobile at the bottom",
        page="""
!m 莺湾社区服务网
!m 首页 › 通知公告
{T}
!m 来源：莺湾社区退役军人服务站　浏览：254
{BODY}
!m 物业服务中心：0728-5529006　网格员 伍芳：13872560091
!d 莺湾社区服务网由莺湾社区居委会维护
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
辖区各位退役军人：
根据区退役军人事务局安排，社区将为辖区退役军人发放“戍边光荣”纪念章。现将有关事项通知如下。
一、发放时间：9月12日至9月14日，每天上午9:00至11:30。
二、发放地点：莺湾社区党群服务中心一楼。
三、请本人携带身份证和退役证件领取；行动不便的，可提前电话预约，社区工作人员上门送达。
联系电话：0728-5523184。
莺湾社区退役军人服务站
2025年9月5日
""",
    ),
    dict(
        slug="zhenzhou-creative-assoc-minutes-cards",
        site="祯州文创产业协会 (invented association site)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://www.zzwcxh.org.cn/xhdt/2025/0302/5513.html",
        title="协会贺卡专业委员会第二次会议纪要",
        record_title="〔会务纪要〕协会贺卡专业委员会第二次会议纪要 - 祯州文创产业协会",
        date="2025-02-26",
        date_also=["2025-03-02"],
        notes="association site with member login and a member hotline; the minutes' 时间 line is the date, the page's "
        "date also accepted; 时间/地点/主持/出席/记录 lines and a vote count",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔会务纪要〕协会贺卡专业委员会第二次会议纪要 - 祯州文创产业协会</title></head>
<body>
<div class="top">⟦a 会员单位登录⟧ ⟦a 入会申请⟧ ⟦m 会员服务热线：0719-8837020⟧</div>
<div class="logo">⟦m 祯州文创产业协会⟧</div>
<nav>⟦m 首页⟧ ⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 会员风采⟧ ⟦m 行业标准⟧</nav>
<div class="loc">⟦m 当前位置：首页 → 协会动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 2025-03-02　协会秘书处　阅读 431⟧</div>
<div class="cont">
{BODY}
</div>
<div class="prev">⟦l 往期纪要：贺卡专业委员会成立会议纪要⟧</div>
<footer>⟦m 祯州文创产业协会秘书处　地址：筵湖区创意园B座5楼⟧<br>⟦m 鄂ICP备21019542号⟧</footer>
<script src="/js/member-login.js"></script>
</body></html>
""",
        body="""
时间：2025年2月26日上午9:30
地点：协会秘书处会议室
主持：贺卡专业委员会主任　荀映雪
出席：委员11人
记录：储佳音
会议讨论了《环保贺卡团体标准（草案）》，议定以下事项：
一、原则通过标准草案，到会委员11人，同意10人，弃权1人。
二、标准草案在协会网站公开征求意见30天，会员单位可通过协会邮箱提交意见。
三、建议会员单位逐步减少使用塑料覆膜和含电池的音乐模块，2026年起新上市贺卡须标注回收提示。
""",
    ),
    dict(
        slug="zhenzhou-printing-assoc-pledge-certificates",
        site="祯州印刷行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.zzysxh.org/dongtai/2025/0410/339.html",
        title="关于规范奖状证书承印业务的自律倡议书",
        record_title="【会员自律】关于规范奖状证书承印业务的自律倡议书（致全体会员）_祯州印刷行业协会",
        date="2025-04-10",
        notes="association text page; the association's name at the top is also the signature (matched as head); member "
        "login and hotline lines; 成文日期",
        page="""
!m 祯州印刷行业协会
!a 会员登录　｜　入会指南
!m 首页 > 协会动态 > 自律公约
{T}
!m 发布日期：2025-04-11　点击数：208
{BODY}
!m 协会会员服务电话：0719-8840027
!d 版权所有 祯州印刷行业协会　未经许可不得转载
""",
        date_also=["2025-04-11"],
        indent="\u3000\u3000",
        body="""
全市各会员单位：
近年来，个别印刷企业承接奖状、荣誉证书印制业务时把关不严，甚至为无资质机构印制带有国家机关名称的奖状，扰乱了市场秩序。为此，协会向全体会员单位倡议：
一、承印带有机关、事业单位名称的奖状和证书，须查验委托单位的介绍信并登记备案。
二、不承接伪造、变造奖状和证书的业务，发现可疑委托及时报告。
三、奖状印制的电子文件和印版，业务结束后按规定保管或销毁。
让我们共同守住行业底线，维护印刷行业的良好信誉。
祯州印刷行业协会
2025年4月10日
""",
    ),
    dict(
        slug="hongxing-paper-news-bamboo-letterpaper",
        site="祯州红星纸品厂 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hongxingpaper.com/news/2025/0520/118.html",
        title="红星纸品推出竹浆书写信纸系列",
        record_title="产品动态 ▏红星纸品推出竹浆书写信纸系列 - 祯州红星纸品厂",
        record_date="2025-05-20",
        date="2025-05-20",
        notes="company site with a cookie notice, a service float and a product ad line inside the body; the company's "
        "short name in the body; date from the record",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>产品动态 ▏红星纸品推出竹浆书写信纸系列 - 祯州红星纸品厂</title></head>
<body>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续访问即表示您同意。⟧ ⟦a 我知道了⟧</div>
<header>⟦m 祯州红星纸品厂 · 始于1963⟧ <nav>⟦m 首页⟧ ⟦m 关于我们⟧ ⟦m 产品中心⟧ ⟦m 新闻动态⟧ ⟦m 联系方式⟧</nav></header>
<div class="crumb">⟦m 首页 / 新闻动态 / 产品动态⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025年05月20日　浏览：302⟧</div>
<div class="news-body">
{BODY}
</div>
<div class="pn">⟦l 上一篇：我厂通过FSC森林认证复审⟧ ⟦l 下一篇：红星纸品亮相祯州文博会⟧</div>
<div class="service">⟦w 在线客服⟧ ⟦w 批发订购：400-0719-633⟧</div>
<aside class="prod"><h4>⟦l 热销产品⟧</h4><ul><li>⟦l 横格书写信纸（20本装）⟧</li><li>⟦l 单位定制公函信笺⟧</li></ul></aside>
<footer>⟦m © 祯州红星纸品厂　地址：祯州市葚口镇工业园纸品路3号⟧</footer>
<script>document.querySelector(".cookie .ok")&&0;</script>
</body></html>
""",
        body="""
5月18日，红星纸品厂竹浆书写信纸系列正式上市。该系列选用本地毛竹浆为原料，纸张克重80克，钢笔书写不洇不透，共有横格、竖格和素白三种版式。
新系列延续了厂里老信纸的淡蓝横格，同时缩小了行距，更适合现在人们的书写习惯。研发过程中，技术人员先后试制了十二个配方，请学校书法老师反复试写。
⟦a 现在下单整箱立享九折，点击进入官方商城⟧
目前，竹浆书写信纸已在厂直营店和各大书店上架，学校和单位可定制印有校名、单位名称的版本。
""",
    ),
    dict(
        slug="mingli-crafts-recall-badges-batches",
        site="祯州铭礼工艺品有限公司 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.minglicraft.cn/gonggao/2025/0722.html",
        title="关于召回部分批次别针式纪念章的公告",
        record_title="【召回公示】关于召回部分批次别针式纪念章的公告_铭礼工艺",
        date="2025-07-22",
        notes="company text page: a batches table one row a paragraph; the recall line in the body beside the 400 order "
        "line in the footer; 成文日期",
        page="""
!m 铭礼工艺 · 徽章 奖牌 纪念品定制
!m 首页 | 产品展示 | 定制流程 | 公司公告 | 联系我们
{T}
!m 发布：公司品质部　2025-07-22
{BODY}
!w 定制咨询/批量订购：400-0719-188（微信同号）
!m 祯州铭礼工艺品有限公司　地址：祯州市筵湖区工业大道120号
""",
        indent="",
        body="""
近期，我公司在质量回访中发现，部分批次别针式纪念章的别针弹簧强度不足，佩戴时可能弹开，存在划伤风险。为保障用户安全，我公司决定主动召回以下批次产品：
批次号　生产日期　数量（枚）
ML250311　2025年3月11日　1500
ML250402　2025年4月2日　2200
请持有上述批次纪念章的单位停止发放，联系我公司免费更换为螺丝扣背扣。召回联系人：彭佳，召回专线：0719-8866203。
由此给各位客户带来的不便，我们深表歉意。
祯州铭礼工艺品有限公司
2025年7月22日
""",
    ),
    dict(
        slug="moyun-school-brochure-letter-writing-class",
        site="墨韵书法培训学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.moyunshufa.com/zhaosheng/2025shuqi.html",
        title="暑期硬笔书法·书信写作班招生简章",
        record_title="【暑期开课】暑期硬笔书法·书信写作班招生简章（每周两课）- 墨韵书法",
        date=None,
        notes="training school with a promo banner and a consult float; a course timetable one row a paragraph; the school's "
        "报名电话 beside a 400 franchise line; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【暑期开课】暑期硬笔书法·书信写作班招生简章（每周两课）- 墨韵书法</title></head>
<body>
<div class="banner">⟦a 暑期早鸟价：7月1日前报名立减200元⟧</div>
<header>⟦m 墨韵书法培训学校⟧ <nav>⟦m 首页⟧ ⟦m 课程设置⟧ ⟦m 师资团队⟧ ⟦m 学员作品⟧ ⟦m 校区地址⟧</nav></header>
<h1>{T}</h1>
<div class="meta">⟦m 招生办　阅读 1204⟧</div>
<div class="intro">
{BODY}
</div>
<div class="float">⟦w 课程顾问在线⟧ ⟦a 预约试听⟧</div>
<footer>⟦w 品牌加盟热线：400-6011-852⟧<br>⟦m 墨韵书法培训学校　办学许可证：教民14420101000029号⟧</footer>
<script src="/static/kefu-float.js"></script>
</body></html>
""",
        body="""
书信写作班专为8至14岁学生开设，把硬笔书法和书信写作结合起来：孩子先练好字，再学会写一封格式规范、真情实感的信。课程结束时，每位学员都会用信纸亲笔写一封信寄给家人。
课程安排：
班次　上课时间　课时
A班　周二、周四 9:00—10:30　16课时
B班　周六、周日 14:00—15:30　16课时
学费：1280元（含字帖、钢笔一支和信纸两本）。
上课地点：筵湖区滨江大道66号文化宫三楼。
报名电话：0719-8821577（周一至周六 9:00—18:00）。
""",
    ),
    dict(
        slug="qiaoshou-school-diary-making-cards",
        site="巧手坊手工培训 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.qiaoshoufang.net/xueyuan/riji/3306.html",
        title="学做手工贺卡的第四周",
        record_title="【学员作品分享】学做手工贺卡的第四周｜巧手坊手工培训",
        date=None,
        notes="training-school text page: a trial-lesson prompt between paragraphs; a course link glued after a 。; no date",
        page="""
!m 巧手坊手工培训 — 让双手会说话
!m 首页 » 学员天地 » 学员日记
{T}
!m 学员：皎园小林　｜　班级：周末纸艺班
{BODY}
!a 想体验纸艺课？点击预约免费试听一节
!l 更多学员日记：第一次学衍纸｜我的第一个皮具钱包
!m 巧手坊手工培训 · 筵湖校区　咨询：13871905526
""",
        indent="",
        body="""
这是我在巧手坊上纸艺课的第四周，今天学的是手工贺卡。
老师先给我们看了几张立体贺卡，一打开，里面就弹出一棵小圣诞树，大家都叫了起来。接着老师教我们量尺寸、画折线，再用美工刀刻出镂空的图案。⟦l 推荐课程：周末纸艺进阶班⟧
我刻星星的时候不小心把一个角刻断了，只好用胶带在背面补上。老师说没关系，手工的东西有一点不完美才可爱。
⟦a 报名立享首课0元体验，名额有限⟧
做完以后，我在贺卡里写了一句“妈妈生日快乐”。回家我要把它藏在妈妈的枕头底下，给她一个惊喜。
""",
    ),
    dict(
        slug="luobi-app-host-script-appointment-ceremony",
        site="落笔App (invented writing app, H5 share)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.luobiapp.com/share/article/6620197?from=wx",
        title="校外辅导员聘书颁发仪式主持词",
        record_title="校外辅导员聘书颁发仪式主持词（拿来就能用）- 落笔App",
        date=None,
        notes="writing app's H5 share: an open-app mask, a fold ('展开剩余'), AI rewrite buttons; a host script; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>校外辅导员聘书颁发仪式主持词（拿来就能用）- 落笔App</title></head>
<body>
<div class="app-bar">⟦a 打开落笔App，写材料快人一步⟧ <button>⟦a 立即打开⟧</button></div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 落笔精选 · 2.3万人用过⟧</div>
<div class="ai">⟦a ✨ AI换个说法⟧ ⟦a ✨ AI续写⟧</div>
<div class="content">
{BODY}
</div>
</article>
<div class="mask">⟦a 打开App，免费领取7天会员⟧</div>
<div class="rec">⟦l 你可能也需要：少先队入队仪式主持词｜家长会主持词⟧</div>
<script>window.__SHARE__={id:6620197,from:"wx"};</script>
</body></html>
""",
        body="""
尊敬的各位领导、老师，亲爱的同学们：
大家上午好！为了丰富同学们的课外生活，学校邀请了五位来自消防、交警、科技馆和社区的叔叔阿姨担任我们的校外辅导员。今天，我们在这里举行聘书颁发仪式。
首先，请校长为校外辅导员颁发聘书，大家掌声欢迎！
⟦a 展开剩余68%⟧
下面，请校外辅导员代表、消防站站长讲话。
下面，请少先队员代表为辅导员佩戴红领巾。
同学们，希望大家珍惜和辅导员相处的机会，多学本领、多长见识。聘书颁发仪式到此结束，请各班有序退场。
""",
    ),
    dict(
        slug="luobi-app-report-archivist-old-certificates",
        site="落笔App (invented writing app, reading mode)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://h5.luobiapp.com/read/6613380",
        title="县档案馆征集编研科科长2024年度述职报告",
        record_title="县档案馆征集编研科科长2024年度述职报告（精简可改）· 落笔App",
        date="2025-01-06",
        notes="app reading mode as text: a paywall after a sentence, an AI button line; 成文日期 under the signature",
        page="""
!m 落笔App · 阅读模式
{T}
!m 落笔精选　｜　字数 612　｜　1.1万人浏览
!a 复制　｜　AI改写　｜　生成同款
{BODY}
!a 开通落笔会员，去除水印并导出Word
!l 相关范文：档案馆馆长述职报告　档案工作年度总结
""",
        indent="\u3000\u3000",
        body="""
2024年，我在馆党组领导下，负责档案征集和编研工作，现将履职情况报告如下。
一、围绕“老物件里的家国记忆”主题，面向社会征集散存档案，全年征集老奖状、老证书等实物档案1360件，其中最早的一张奖状颁发于1952年。⟦a 试看结束，开通会员查看全文⟧
二、完成《奖状里的七十年》编研成果一部，在县档案馆举办同名展览，接待观众8200人次。
三、存在的不足是征集渠道偏窄，对农村地区的档案征集力度不够。新的一年，我将建立乡镇档案征集联络员制度，进一步扩大征集范围。
述职人：芮晓棠
2025年1月6日
""",
    ),
    dict(
        slug="shangan-exam-forum-essay-letter-jammer",
        site="上岸小站论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.shanganxz.com/thread-560122-1-1.html",
        title="一页信纸的温度",
        record_title="【申论作文·互改】一页信纸的温度（第一次投稿，轻喷）- 申论专区 - 上岸小站论坛",
        date=None,
        notes="exam forum with jammer fonts, a reply-to-see prompt and a QQ-group ad; a 申论 essay; no date ('6 天前')",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk"><title>【申论作文·互改】一页信纸的温度（第一次投稿，轻喷）- 申论专区 - 上岸小站论坛</title>
<style>.jammer{display:none}</style></head>
<body>
<div id="hd">⟦m 上岸小站论坛 · 公考人的加油站⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 上岸小站 › 笔试交流 › 申论专区⟧</div>
<div class="ad">⟦w 申论批改群：QQ群 615022793，每日一题免费点评⟧</div>
<table><tr><td class="pls">⟦m 葆原考公人⟧<br>⟦m 积分 326⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 6 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖附有参考范文，回复后才能查看⟧</div>
<div class="po">⟦a 回帖 点评 收藏⟧</div></td></tr></table>
<div id="ft">⟦m 上岸小站论坛　浙ICP备23014472号⟧</div>
<script src="static/js/common.js?Kq7"></script>
</body></html>
""",
        junk=dict(lines=1, glued=3),
        body="""
在消息秒发秒回的今天，一页手写的信纸似乎已经不合时宜。但在不少地方，书信正以新的方式回到人们的生活中。
一页信纸，承载的是慢下来的真情。写信的人要一笔一画地斟酌，读信的人能从字迹里读出牵挂。这种慢，恰恰是快节奏生活所缺少的。
一页信纸，也能连接起基层治理的“最后一米”。有的社区设立“居民来信箱”，让不会上网的老人也能把意见写下来，社区干部逐封回信、逐件办理。
当然，提倡写信不是要排斥新技术，而是要在效率之外，给真情留一点位置。让一页信纸的温度，传递到更多人心里。
""",
    ),
    dict(
        slug="gongkao-yizhan-interview-cards-junk",
        site="公考驿站 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.gkyizhan.com/forum/mianshi/thread-81157.html",
        title="单位要给退休老同志寄新春贺卡，领导让你负责，你怎么组织？",
        record_title="〈计划组织题〉单位要给退休老同志寄新春贺卡，领导让你负责，你怎么组织？（自答求点评）- 面试天地 - 公考驿站",
        date=None,
        notes="exam forum as text with junk lines and junk glued after 。; reply-to-see and QQ-group lines; no date "
        "('2 小时前')",
        page="""
!m 公考驿站 — 陪你一路上岸
!m 面试天地 › 结构化真题
!t 〈计划组织题〉单位要给退休老同志寄新春贺卡，领导让你负责，你怎么组织？（自答求点评）
!m 发帖人：椠阳小考生　｜　2 小时前　｜　阅读 377
{BODY}
!a 回复本帖可查看版主点评
!w 面试一对一模拟，加QQ群 702315548 领取真题
!m 公考驿站 gkyizhan.com
""",
        junk=dict(lines=2, glued=2),
        body="""
给退休老同志寄贺卡，是单位表达关心的一项暖心工作，我会从以下几个方面组织好：
首先，摸清底数。到人事部门调取退休人员名单，逐一核实现住址和联系电话，特别关注独居和行动不便的老同志。
其次，用心准备。贺卡由单位统一定制，请单位领导亲笔签名，再附上一封慰问信，介绍单位一年来的发展变化。
再次，及时寄送。在春节前两周完成寄送，对住在本地的老同志，由所在部门同志登门送上。
最后，做好反馈。寄出后电话回访，了解老同志的需求，整理后报领导，作为后续关心工作的参考。
""",
    ),
]
