"""holdout179, part D: local forums, download stations, personnel-exam sites, tender
portals and law firms. Invented text throughout; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="localforum-qijiang-thimble-market-text",
        site="锜江在线 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.qijiangzx.example.com/thread-88012-1-1.html",
        title="老街口那家打顶针的铺子还在吗？",
        record_title="[求助]老街口那家打顶针的铺子还在吗？ - 锜江茶馆 - 锜江在线",
        date="2024-10-09",
        notes="county forum post; 发表于 date; junk glued; moderator note at the end",
        junk=dict(lines=0, glued=2),
        page="""
!m 锜江在线 › 锜江茶馆
{T}
!m 浏览 1337　回复 18
!m 楼主：江边晒网　发表于 2024-10-09 08:26
{BODY}
!l 本帖最后由 江边晒网 于 2024-10-09 08:30 编辑
!l 回复楼主　|　收藏　|　分享到朋友圈
!d 论坛帖子仅代表网友个人观点，与锜江在线立场无关。
""",
        body="""
小时候跟奶奶去老街口，记得有一家打铜器的小铺子，门口挂着一串串黄铜顶针，老师傅敲起来叮叮当当的。
这次回老家想给奶奶买一个新的顶针，转了一圈没找到那家铺子，是搬走了还是关门了？
有知道的乡亲麻烦说一声，谢谢了。
""",
    ),
    dict(
        slug="localforum-moyuan-soapbox-market-html",
        site="镆原论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.moyuan.example.net/t/55012",
        title="关于城南小商品市场日用品区临时调整摊位的通知",
        record_title="关于城南小商品市场日用品区临时调整摊位的通知 - 镆原论坛",
        date="2024-08-26",
        date_also=["2024-08-27"],
        notes="a market office's notice reposted on a county forum; post date differs from the 成文日期; detour table kept; site hotline vs the notice's own 联系电话",
        junk=dict(lines=1, glued=0),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于城南小商品市场日用品区临时调整摊位的通知 - 镆原论坛</title></head><body>
<div id="top">⟦m 镆原论坛 · 镆原人的网上家园⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="crumb">⟦m 镆原论坛 » 便民信息 » 帖子⟧</div>
<h1>[转帖] {T}</h1>
<div class="pi">⟦m 市场小管家　发表于 2024-08-27 10:03⟧</div>
{BODY}
<div class="sig">⟦l 转自城南市场服务中心公众号⟧</div>
<div class="replybox">⟦a 快速回复　发表回复⟧</div>
<div id="ft">⟦m 站务热线 0735-6600900⟧ ⟦m 湘ICP备16001183号⟧</div>
</body></html>
""",
        body="""
各经营户：
因日用品区屋顶防水维修，9月1日至9月20日期间，该区部分摊位临时调整，具体如下：
原摊位　临时摊位　经营品类
A区1至8号　C区空置摊位　肥皂盒、牙刷架等塑料日用品
A区9至15号　D区东侧通道　毛巾、拖鞋等纺织日用品
请各经营户于8月31日前完成搬迁，给大家带来不便，敬请谅解。
联系电话：0735-6612077
城南小商品市场服务中心
2024年8月26日
""",
    ),
    dict(
        slug="download-wujin-doorstop-rule-html-mirrors",
        site="五金资料下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rule",
        form="html",
        source="http://www.wjzlxz.example.com/soft/3910.html",
        title="门吸产品出厂检验规程",
        record_title="门吸产品出厂检验规程.doc下载",
        date=None,
        notes="old gb2312 layout with file-info table, three mirror links, an unzip password and a dead-link report; no date (update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>门吸产品出厂检验规程.doc下载_五金资料下载站</title></head>
<body><table width="100%"><tr><td>⟦m 五金资料下载站⟧</td><td>⟦m 专注五金行业资料⟧</td></tr></table>
<table><tr><td>⟦m 当前位置：首页 → 质量管理 → 检验规程⟧</td></tr></table>
<h2>{T}</h2>
<table class="info">
<tr><td>⟦m 文件大小：42 KB⟧</td><td>⟦m 文件格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2023-06-30⟧</td><td>⟦m 下载次数：1,204⟧</td></tr>
</table>
<div class="intro">⟦m 资料简介：⟧</div>
{BODY}
<div class="down">⟦a 电信下载⟧ ⟦a 联通下载⟧ ⟦a 备用下载⟧</div>
<div>⟦a 解压密码：www.wjzlxz.example.com⟧</div>
<div>⟦a 下载地址失效？点此报告死链⟧</div>
<div>⟦d 本站资料均来源于网络，仅供学习研究之用，请于下载后24小时内删除。⟧</div>
</body></html>
""",
        body="""
一、检验依据
按本厂企业标准及客户合同约定的技术要求进行检验。
二、检验项目
1.外观：表面无划痕、无气泡，电镀层均匀。
2.吸合力：磁吸式门吸吸合力不小于30牛。
3.耐久：开合试验五千次后，缓冲胶垫无脱落、无开裂。
三、判定规则
抽样检验中任一项不合格，应加倍抽样复检；复检仍不合格的，该批产品判为不合格。
""",
    ),
    dict(
        slug="download-shoehorn-course-plan-text",
        site="木作课件下载 (invented)",
        style="资料下载站",
        genre="教案",
        kind="plan",
        form="text",
        source="https://www.muzuokj.example.cn/down/7721.html",
        title="初中劳动课《制作木质鞋拔子》教学设计",
        record_title="初中劳动课《制作木质鞋拔子》教学设计 免费下载",
        date=None,
        notes="download page as text; lesson plan with numbered steps; download buttons and 'report error' line; no date",
        page="""
!m 木作课件下载 ｜ 劳动教育资源库
!m 资源分类：初中 / 劳动技术 / 木工
{T}
!m 资源星级：★★★★☆　授权：免费　大小：1.8M
{BODY}
!a 【本地下载】　【网盘下载】　【加入收藏】
!a 如发现资源无法下载或有错误，请点击这里反馈
!l 同类资源：制作竹蜻蜓教学设计　｜　小木凳的制作课件
""",
        body="""
【教学目标】
1.认识常见木工工具，掌握锯、锉、砂磨的基本方法。
2.能按图纸完成一把木质鞋拔子的制作。
【教学过程】
一、导入：出示几种不同材质的鞋拔子，请学生说说它们的用途和特点。
二、示范：教师示范划线、锯料、锉出弧面、砂纸打磨的过程。
三、实践：学生两人一组，按图纸完成制作，教师巡回指导，提醒安全使用工具。
四、评价：展示作品，从弧度、光滑度和美观度三方面进行互评。
""",
    ),
    dict(
        slug="exam-renshi-penholder-factory-recruit-html",
        site="钧口人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.junkou.example.gov.cn/ggtz/2024/0402/1991.html",
        title="钧口县文创产业园2024年公开招聘工作人员笔试公告",
        record_title="钧口县文创产业园2024年公开招聘工作人员笔试公告_钧口人事考试网",
        date="2024-04-02",
        notes="personnel-exam site: maintenance banner; 准考证 打印 as content; exam timetable rows; committee's 咨询电话 next to the site's technical line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>钧口县文创产业园2024年公开招聘工作人员笔试公告_钧口人事考试网</title></head><body>
<div class="notice-bar">⟦m 系统将于每周日凌晨1:00至3:00维护，届时暂停服务⟧</div>
<div class="hd">⟦m 钧口人事考试网⟧ ⟦a 考生登录⟧ ⟦a 准考证打印入口⟧</div>
<div class="crumb">⟦m 首页 ＞ 考试公告⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 发布日期：2024-04-02　浏览次数：4210⟧</div>
{BODY}
<div class="help">⟦m 网站技术支持：0739-7761002（仅限网上报名技术问题）⟧</div>
<footer>⟦m 钧口县人力资源考试中心 主办⟧</footer>
</body></html>
""",
        body="""
根据招聘工作安排，现将笔试有关事项公告如下：
一、笔试时间和科目
日期　时间　科目
4月20日　9:00—11:00　综合基础知识
4月20日　14:00—15:30　文创产品设计基础
二、准考证打印
请考生于4月15日至4月19日登录报名系统自行下载打印准考证。
三、其他事项
笔试地点为钧口县第一中学，考生须携带准考证和有效身份证件参加考试。
咨询电话：0739-7765318
钧口县文创产业园管理委员会
2024年4月2日
""",
    ),
    dict(
        slug="exam-interview-soapbox-plant-text",
        site="铖湖人才考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.chrcks.example.cn/news/show-3311.html",
        title="铖湖县日化产业服务中心2024年招聘面试名单公示",
        record_title="铖湖县日化产业服务中心2024年招聘面试名单公示",
        record_date="2024-06-20",
        date="2024-06-20",
        notes="record date; list table rows; 扫码关注 as content; font-size row; 返回顶部",
        page="""
!m 铖湖人才考试信息网　公平　公正　公开
!m 首页 » 面试公告
{T}
!a 【大 中 小】　【打印】　【返回顶部】
{BODY}
!m 主办单位：铖湖县人力资源和社会保障局　技术支持：铖湖县信息中心
""",
        body="""
根据笔试成绩，按1:3比例确定面试人选，现公示如下：
岗位　准考证号　姓名
质量检验员　20240301017　何文静
质量检验员　20240301022　殷子豪
质量检验员　20240301005　贺一帆
面试时间另行通知，请考生扫码关注“铖湖人社”公众号及时获取面试信息。
公示期为5个工作日。
""",
    ),
    dict(
        slug="tender-thimble-museum-bid-result-html",
        site="钤阳市公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.qianyang.example.gov.cn/jyxx/zbgg/20240918/4481.html",
        title="钤阳市民俗博物馆顶针专题展布展项目中标结果公告",
        record_title="钤阳市民俗博物馆顶针专题展布展项目中标结果公告",
        date="2024-09-18",
        notes="tender platform with CA help line; purchaser and agency contacts kept; bid table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>钤阳市民俗博物馆顶针专题展布展项目中标结果公告</title></head><body>
<div class="hd">⟦m 钤阳市公共资源交易中心⟧ ⟦a 主体登录⟧ ⟦a CA办理⟧</div>
<nav>⟦m 交易信息 ＞ 政府采购 ＞ 结果公告⟧</nav>
<h2>{T}</h2>
<div class="sub">⟦m 【信息时间：2024-09-18】【浏览次数：167】⟧</div>
{BODY}
<div class="side">⟦m CA数字证书服务热线：400-880-6611⟧</div>
<div class="side">⟦m 平台技术支持：0733-2211890⟧</div>
<footer>⟦d 本平台所发布信息由招标人或代理机构负责，如有疑问请与其联系。⟧</footer>
</body></html>
""",
        body="""
一、项目编号：QYCG-2024-0872
二、项目名称：钤阳市民俗博物馆顶针专题展布展项目
三、中标信息
中标供应商　中标金额（元）　服务期
钤阳市匠心展览工程有限公司　386,500.00　60日历天
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：钤阳市民俗博物馆　联系人：龚女士　电话：0733-2290315
代理机构：钤阳宏正招标咨询有限公司　联系人：刘先生　电话：0733-2236018
""",
    ),
    dict(
        slug="tender-penholder-school-inquiry-text",
        site="镛田县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ccgp.yongtian.example.gov.cn/cggg/xjgg/202410/t20241015_771.html",
        title="镛田县实验中学教师办公用品（笔筒、文件架等）询价采购公告",
        record_title="镛田县实验中学教师办公用品（笔筒、文件架等）询价采购公告",
        date="2024-10-15",
        notes="inquiry notice: 下载 of the procurement file as content; date under signature; page's own time line",
        page="""
!m 镛田县政府采购网
!m 采购公告 > 询价公告
{T}
!m 发布时间：2024-10-15 17:02:38　来源：镛田县实验中学
!a 【我要打印】【关闭】
{BODY}
!l 相关公告：镛田县第二小学课桌椅采购询价公告
""",
        body="""
一、采购内容：教师办公用品一批，包括木质笔筒120个、三层文件架120个、台历120本。
二、预算金额：人民币2.4万元。
三、供应商须在镛田县政府采购网下载询价文件，并于10月22日9时前递交报价。
四、采购人联系人：冯老师，电话：0739-5520617。
镛田县实验中学
2024年10月15日
""",
    ),
    dict(
        slug="lawfirm-doorstop-injury-lecture-html",
        site="铎正律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="other",
        form="html",
        source="https://www.duozhenglaw.example.com/jiangtang/2024-11-02.html",
        title="门挡缺失致儿童夹伤，谁来担责？",
        record_title="法律讲堂丨门挡缺失致儿童夹伤，谁来担责？",
        date="2024-11-02",
        notes="law firm site: consult float, lawyer card, disclaimer; <time> date; numbered points",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>法律讲堂丨门挡缺失致儿童夹伤，谁来担责？</title></head><body>
<header>⟦m 铎正律师事务所⟧ ⟦m 专业　务实　守信⟧ ⟦w 免费咨询热线 400-010-7788⟧</header>
<nav>⟦m 首页 律所简介 专业领域 法律讲堂 联系我们⟧</nav>
<article><h1>{T}</h1>
<div class="meta">⟦m 主讲：严静律师⟧ <time>⟦m 2024-11-02⟧</time></div>
{BODY}
</article>
<div class="card">⟦w 遇到类似纠纷？在线留言，律师24小时内回复⟧</div>
<footer>⟦d 本文仅为普法宣传，不构成对具体案件的法律意见。⟧ ⟦m 地址：铎山县府前街12号⟧</footer>
</body></html>
""",
        body="""
在幼儿园、商场、酒店等公共场所，门挡缺失导致儿童被门夹伤的事件时有发生，责任如何认定？
1.经营场所的管理人负有安全保障义务，未安装门挡、防夹条等必要设施造成他人损害的，应当承担侵权责任。
2.幼儿园对在园儿童负有教育、管理职责，未尽到职责的，应当承担相应责任。
3.监护人未尽到看护义务的，可以减轻经营者或园方的责任。
建议受害方及时就医、保存病历和现场照片，必要时申请调取监控录像。
""",
    ),
    dict(
        slug="lawfirm-shoehorn-trademark-answer-text",
        site="锜信知识产权律所 (invented)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.qixinip.example.cn/case/1120.html",
        title="鞋拔子外观被仿冒，能否维权？",
        record_title="律所答疑｜鞋拔子外观被仿冒，能否维权？",
        date=None,
        notes="law-firm Q&A text page; no date; consult prompt, disclaimer; 第N条 cited as content",
        page="""
!m 锜信知识产权律所 › 典型问答
{T}
!m 阅读量 962
{BODY}
!w 专利、商标纠纷，欢迎致电本所知识产权部：0739-8812000
!d 以上内容仅供参考，具体问题请以律师面谈意见为准。
""",
        body="""
问：我公司设计的一款天鹅造型鞋拔子已经申请了外观设计专利，最近发现网上有店铺在卖几乎一样的产品，能否维权？
答：可以。根据专利法第十一条，外观设计专利权被授予后，任何单位或者个人未经专利权人许可，都不得为生产经营目的制造、许诺销售、销售、进口其外观设计专利产品。
建议贵公司先对侵权页面进行公证保全，再向电商平台投诉，必要时向人民法院提起诉讼。
""",
    ),
]
