"""holdout114, part C: personal collections, Party-building sites, hospitals, universities and
local forums. Everything invented; see ../README.md."""

CASES = [
    dict(
        slug="anthology-laozhou-salt-well-essay",
        site="老周文存 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://laozhouwencun.example.net/juan3/21.html",
        title="盐井边上的三十年",
        record_title="文存·卷三｜盐井边上的三十年",
        date=None,
        notes="personal collection: chapter nav (上一篇/目录/下一篇), 卷 meta, a year only in the text; no date",
        page="""
!m 老周文存　卷三：井盐旧事
!l ← 上一篇　目录　下一篇 →
{T}
!m 字数 612 · 收入本集：第21篇
{BODY}
!l ← 上一篇：卤水的味道　｜　下一篇：晒盐的女人们 →
!d 本文集文字均为作者原创，引用请注明出处。
""",
        body="""
我是1994年进的盐厂，那时候厂里还有七口老井在出卤，最深的一口有八百多米。
师傅教我的第一件事是看卤水的颜色和听汲卤的声音，他说盐井是有脾气的，你敬它，它就给你饭吃。
后来厂里改用真空制盐，老井一口口停了，只留下两口作为文物保护起来。
如今我退休了，常带孙子去看那两口井。井架还在，木头黑得发亮，像一个老人站在那里。
""",
    ),
    dict(
        slug="anthology-huangbo-agarwood-notes-oneline",
        site="黄柏随笔集 (invented)",
        style="个人文集",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://huangbo.example.com/essays/chenxiang",
        title="沉香种植户结香技术调查笔记",
        record_title=None,
        date="2025-08-30",
        notes="one-line body (paragraphs only by indent); title in page; collection meta; date at the end",
        oneline=True,
        indent="　　",
        page="""
!m 黄柏随笔集 | 行走与记录
{T}
!m 收录于合集 #田野笔记 12篇
{BODY}
!l 合集上一篇：橡胶林里的早晨
!a 喜欢就点个赞吧 👍
""",
        body="""
八月，我到南岭镇走访了十五户沉香种植户，了解结香技术的使用情况。
十五户中，九户采用通体结香技术，四户用传统砍伤法，两户还没有开始结香。
通体结香每株成本约八十元，一年半后可采香，产量和品质都比砍伤法稳定。
种植户最担心的是收购价格波动和假冒香材冲击市场，希望成立合作社统一收购。
2025年8月30日记于南岭镇
""",
    ),
    dict(
        slug="dangjian-lingfeng-lantern-speech-html",
        site="灵峰党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.lingfeng.example.gov.cn/djyw/2025/0926/6621.html",
        title="在灯笼产业党建联盟成立大会上的讲话",
        record_title="在灯笼产业党建联盟成立大会上的讲话",
        date="2025-09-25",
        notes="Party-building portal; speaker line and date under the title (neutral); 来源/作者 meta; red banner slogan; print/close",
        page="""
<html><head><meta charset="utf-8"><title>在灯笼产业党建联盟成立大会上的讲话--灵峰党建网</title></head><body>
<div class="banner">⟦m 灵峰党建网　不忘初心　牢记使命⟧</div>
<div class="nav">⟦m 首页 | 党建要闻 | 组织建设 | 党员教育 | 基层风采⟧</div>
<h1>⟦t 在灯笼产业党建联盟成立大会上的讲话⟧</h1>
<p class="sp">镇党委书记　莫立群</p>
<p class="sp">（2025年9月25日）</p>
<div class="src">⟦m 来源：灵峰镇党委　作者：党政办　发布：2025-09-26⟧</div>
{BODY}
<div class="tool">⟦a 【打印正文】⟧ ⟦a 【关闭本页】⟧</div>
<div class="foot">⟦m 中共灵峰县委组织部主办　技术支持：灵峰县信息中心⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们在这里召开灯笼产业党建联盟成立大会，目的是把党组织建在产业链上，让党建和产业发展拧成一股绳。
全镇现有灯笼生产企业和作坊一百二十多家，从业人员六千余人，产品销往全国各地。
联盟成立后，要重点做好三件事：一是组织党员技术骨干开展技能帮带；二是统一采购竹篾、绸布等原材料，降低成本；三是联合参加展会，打响灵峰灯笼品牌。
希望各成员单位党组织积极履职，共同推动灯笼产业高质量发展。
""",
    ),
    dict(
        slug="dangjian-guxian-drone-show-summary-text",
        site="古县机关党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://jgdj.guxian.example.gov.cn/gzdt/20250110/3308.shtml",
        title="团县委机关党支部2024年党建工作总结",
        record_title="团县委机关党支部2024年党建工作总结_工作动态_古县机关党建",
        date="2025-01-10",
        notes="text page; decorated title; glued chrome before a 。-sentence (a 阅读提示); share bar; the summary mentions 扫码 and 关注 an account as its own content",
        page="""
!m 古县机关党建 >> 工作动态
{T}
!m 日期：2025年01月10日　来源：团县委　【字号：大 中 小】
{BODY}
!l 分享至：朋友圈｜微博｜QQ
!l 相关阅读　县直机关工委召开述职评议会
!m 古县县直机关工作委员会　联系电话：0357-2215079
""",
        body="""
2024年，团县委机关党支部围绕中心工作，以党建带团建，各项工作取得了新进展。
一、抓学习。全年开展支部集中学习12次，组织党员青年赴红色教育基地现场学习2次。
二、抓活动。国庆期间联合县文旅局举办“青春点亮夜空”无人机表演，三百架无人机在县城上空组成党旗和团徽图案，观众两万余人。
⟦a 阅读提示：点击文中图片可放大查看⟧三、抓阵地。更新“古县青年”公众号栏目，全年推文一百八十余篇，青年扫码关注人数新增四千人。
四、存在问题。党员教育形式还不够丰富，联系服务青年的覆盖面还不够广。
2025年，支部将继续加强自身建设，更好发挥战斗堡垒作用。
中共团县委机关支部委员会
2025年1月10日
""",
    ),
    dict(
        slug="hospital-renkang-cataract-notice-html",
        site="仁康眼科医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.renkangyk.example.com/news/notice/2025/1108.html",
        title="关于开展白内障复明公益手术的公告",
        record_title="关于开展白内障复明公益手术的公告_医院公告_仁康眼科医院",
        date="2025-11-08",
        notes="hospital site: 预约挂号 hotline in header vs the notice's own 咨询电话 in body; floating consult; 附件 list kept",
        page="""
<html><head><meta charset="utf-8"><title>关于开展白内障复明公益手术的公告_医院公告_仁康眼科医院</title></head><body>
<div class="head">⟦m 仁康眼科医院　二级眼科专科医院⟧ ⟦m 预约挂号：400-667-0321⟧</div>
<nav>⟦m 首页 ｜ 医院概况 ｜ 科室导航 ｜ 专家团队 ｜ 就医指南 ｜ 医院公告⟧</nav>
<div class="crumb">⟦m 位置：首页 ＞ 医院公告⟧</div>
<h2>⟦t 关于开展白内障复明公益手术的公告⟧</h2>
<p class="time">⟦m 发布日期：2025-11-08　浏览：1,024⟧</p>
{BODY}
<div class="float">⟦w 在线咨询　免费问医生⟧</div>
<div class="foot">⟦d 本站信息仅供参考，不能代替医生诊断⟧ ⟦m 医疗机构执业许可证登记号：PDY00318-2⟧</div>
</body></html>
""",
        body="""
为帮助困难白内障患者重见光明，我院联合县慈善总会开展白内障复明公益手术活动，现将有关事项公告如下。
一、救助对象：本县户籍、经诊断需手术治疗的白内障患者，低保户、特困人员优先。
二、救助标准：单眼手术费用由慈善总会和医院共同承担，患者本人不承担费用。
三、报名方式：携带身份证、户口本到医院一楼门诊服务台报名，或由所在村（社区）统一报名。
咨询电话：0745-8213360（门诊部），联系人：向医生。
附件：1.白内障复明公益手术报名表
2.困难患者身份证明材料清单
仁康眼科医院
2025年11月8日
""",
    ),
    dict(
        slug="hospital-zhongyi-measles-vaccination-text",
        site="榉塘县妇幼保健院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jtfybjy.example.cn/jkjy/20250415/1102.html",
        title="关于开展麻疹疫苗查漏补种工作的通知",
        record_title=None,
        date="2025-04-15",
        notes="text page; no record title; hospital site chrome; a table of clinic hours; 温馨提示 box between paragraphs; 关注公众号 sentence in body kept",
        page="""
!m 榉塘县妇幼保健院 | 健康教育
{T}
!m 发布者：预防保健科　发布时间：2025-04-15　阅读：760
{BODY}
!l 上一篇：春季儿童过敏性鼻炎防治要点
!l 下一篇：孕妇学校五月课程表
!m 院址：榉塘县新华路17号　急诊电话：0736-4120120
""",
        body="""
各位家长：
根据县卫生健康局统一部署，我院自4月20日起开展适龄儿童麻疹疫苗查漏补种工作。
凡2018年以后出生、麻疹疫苗接种不全的儿童，均可到我院预防接种门诊补种。
门诊　接种时间　地点
预防接种门诊　周二至周六8:00—11:30　门诊楼二楼
⟦d 温馨提示：接种前请如实告知孩子近期健康状况⟧
接种时请携带儿童预防接种证。家长可关注“榉塘妇幼”公众号，在线预约接种时段。
榉塘县妇幼保健院
2025年4月15日
""",
    ),
    dict(
        slug="university-heshan-oracle-bone-speech",
        site="鹤山大学 (invented)",
        style="高校官网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://news.heshanu.example.edu.cn/info/1011/30772.htm",
        title="在甲骨文研究中心揭牌仪式上的致辞",
        record_title="在甲骨文研究中心揭牌仪式上的致辞-鹤山大学新闻网",
        date="2025-10-28",
        notes="university news HTML; speaker line neutral; 发布时间 byline; photo caption line as chrome; related links; 审核 line glued",
        page="""
<html><head><meta charset="utf-8"><title>在甲骨文研究中心揭牌仪式上的致辞-鹤山大学新闻网</title></head><body>
<div class="logo">⟦m 鹤山大学新闻网⟧</div>
<div class="nav">⟦m 学校首页 | 要闻 | 综合新闻 | 学术动态 | 媒体鹤大⟧</div>
<h1>⟦t 在甲骨文研究中心揭牌仪式上的致辞⟧</h1>
<p>校长　程远山</p>
<div class="info">⟦m 发布时间：2025-10-28　来源：校长办公室　摄影：宋博⟧</div>
{BODY}
<div class="rel">⟦l 相关新闻⟧ ⟦l 文学院举办古文字学高端论坛⟧ ⟦l 我校获批国家社科基金重大项目⟧</div>
<div class="foot">⟦d 版权所有 © 鹤山大学党委宣传部⟧</div>
</body></html>
""",
        body="""
尊敬的各位专家、老师们、同学们：
今天，鹤山大学甲骨文研究中心正式揭牌成立。我代表学校，向出席仪式的各位专家表示衷心感谢！
甲骨文是中华文明的重要源头，释读甲骨文字、研究商代历史，是我们这一代学人的责任。
中心成立后，将重点开展甲骨缀合、字词考释和数字化整理工作，并面向中小学开展甲骨文知识普及。
希望中心广聚英才，潜心治学，早出成果、多出成果。谢谢大家！⟦m （审核：刘亚楠）⟧
""",
    ),
    dict(
        slug="university-binjiang-bamboo-slips-notice",
        site="滨江师范学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jwc.bjsf.example.edu.cn/tzgg/2025/0303/1188.htm",
        title="关于开设“简牍文献导读”通识选修课的通知",
        record_title="关于开设“简牍文献导读”通识选修课的通知",
        date="2025-03-03",
        record_date="2025-03-03",
        notes="教务处 page; numbered list; 选课系统 URL of the document kept next to the site's footer URL; 附件 kept",
        page="""
!m 滨江师范学院教务处
!m 首页 › 通知公告
{T}
!m 点击次数：1539　更新时间：2025-03-03
{BODY}
!a 【打印此页】　【返回顶部】
!m 教务处地址：行政楼302　网址：http://jwc.bjsf.example.edu.cn
""",
        body="""
各学院：
为弘扬中华优秀传统文化，本学期新开设通识选修课“简牍文献导读”，现将有关事项通知如下。
1. 授课教师：历史文化学院卢简之副教授。
2. 上课时间：第3周至第14周，每周四晚7:00—8:40。
3. 选课方式：登录选课系统 http://xk.bjsf.example.edu.cn 选课，限选120人。
附件：“简牍文献导读”课程教学大纲
教务处
2025年3月3日
""",
    ),
    dict(
        slug="localforum-guyuan-city-wall-notice",
        site="固原城事论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.guyuancity.example.com/t/55012",
        title="关于古城墙东段修缮期间封闭登城步道的公告",
        record_title="【转】关于古城墙东段修缮期间封闭登城步道的公告",
        date="2025-08-01",
        notes="local forum; reposted notice; 转自 line; reply floors; junk lines and glued junk",
        junk=dict(lines=1, glued=1),
        page="""
!m 固原城事论坛 » 城事播报
{T}
!m 楼主：城墙根下 | 2025-08-02 10:41 | 查看 2.1万
!m 转自：县文物保护管理所
{BODY}
!l 2楼 北门小吃王：早该修了，东门那段砖都松了
!l 3楼 游客011：那段时间去西段登城就行
!a 我要回帖　返回列表
""",
        body="""
根据县文物局批复，我所将于8月5日起对古城墙东段进行修缮加固，工期约四个月。
修缮期间，东门至东南角楼段登城步道全部封闭，游客可从北门、西门登城游览。
施工区域设置围挡，请市民游客不要翻越围挡进入施工区域。
由此带来的不便，敬请谅解。
县文物保护管理所
2025年8月1日
""",
    ),
    dict(
        slug="localforum-qimen-siheyuan-html",
        site="启门生活网 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.qimenlife.example.com/thread-77120-1-1.html",
        title="保护胡同四合院倡议书",
        record_title="保护胡同四合院倡议书 - 启门生活网",
        date="2025-06-12",
        notes="HTML local forum: sticky notice box, user card, signature, a 楼主 meta; 倡议书 date under signature; 发表于 date differs (accepted too)",
        date_also=["2025-06-14"],
        page="""
<html><head><meta charset="utf-8"><title>保护胡同四合院倡议书 - 启门生活网</title></head><body>
<div class="hd">⟦m 启门生活网　咱启门人自己的网上家园⟧ ⟦a 快捷登录⟧</div>
<div class="notice">⟦d 版规：发帖请文明用语，涉及广告一律删除⟧</div>
<div class="post"><div class="user">⟦m 胡同串子 | 积分 3307 | 铁杆会员⟧</div>
<h1>⟦t 保护胡同四合院倡议书⟧</h1>
<div class="time">⟦m 发表于 2025-06-14 19:02⟧</div>
{BODY}
<div class="sig">⟦l ——老城留得住，乡愁才有处——⟧</div></div>
<div class="reply">⟦l 回复 楼主：支持！家门口那院子也该修修了⟧</div>
<div class="ft">⟦m 启门生活网 © 2008-2025　客服QQ群：60713345⟧</div>
</body></html>
""",
        body="""
各位街坊邻居：
我们启门老城的胡同和四合院，是几代人生活的家园，也是城市的记忆。
近年来，一些四合院被私搭乱建，院内堆满杂物，有的老门楼、砖雕被拆卖，令人痛心。
为此，我们倡议：
一、不在院内私搭乱建，已搭建的主动拆除；
二、爱护门楼、影壁、砖雕等老构件，发现有人拆卖及时向街道报告；
三、支持街道开展院落微更新，共同把老院子打扮得更好。
启门老城街坊议事会
2025年6月12日
""",
    ),
]
