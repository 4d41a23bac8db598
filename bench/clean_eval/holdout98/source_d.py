"""holdout98, part D. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="localforum-html-tailings-drill-notice",
        site="铎川论坛 (invented county forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.duochuanbbs.com/thread-118820-1-1.html",
        title="关于开展尾矿库下游群众应急撤离演练的公告",
        record_title="明天上午村里要搞撤离演练，大家别慌！",
        date="2025-06-09",
        notes="county forum with a poster's own title; the document's title on the page; 楼层 and 版主 chrome; no byline date but the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>明天上午村里要搞撤离演练，大家别慌！ - 铎川论坛</title></head>
<body>
<div class="hd">⟦m 铎川论坛 · 铎川人自己的网上家园⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="pt">⟦m 铎川论坛 › 乡镇频道 › 石门镇⟧</div>
<h1>⟦t 明天上午村里要搞撤离演练，大家别慌！⟧</h1>
<div class="post"><div class="author">⟦m 石门老杨　楼主　积分 820⟧</div>
<p>⟦m 一天前 发表⟧</p>
<p>村口贴了公告，我抄下来给大家看看：</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="reply">⟦l 沙发　铎川小李：好事，去年就该搞了⟧</div>
<div class="reply">⟦l 板凳　阿芳：老人小孩提前准备一下⟧</div>
<div class="ft">⟦d 论坛帖子仅代表网友个人观点，与本站立场无关⟧ ⟦m 陕ICP备17002288号⟧</div>
</body></html>
""",
        body="""
石门村全体村民：
为提高尾矿库突发险情应对能力，镇政府定于2025年6月11日上午9时，在石门村组织尾矿库下游群众应急撤离演练。
一、演练信号：听到连续急促的警报声，即为撤离信号。
二、撤离路线：一组、二组村民沿村道向东撤往石门小学；三组村民沿后山便道撤往村委会广场。
三、注意事项：撤离时不要携带大件物品，优先照顾老人、儿童和行动不便的人员；演练结束以广播通知为准。
演练期间请大家积极配合，不要惊慌。
石门镇人民政府
2025年6月9日
""",
    ),
    dict(
        slug="download-html-old-goldmine-emergency-plan",
        site="华软资料站 (invented)",
        style="资料下载站",
        genre="应急预案",
        kind="plan",
        form="html",
        source="http://www.huaruan-zl.com/soft/40217.html",
        title="金矿井下透水事故现场处置方案",
        record_title="金矿井下透水事故现场处置方案 Word版 免费下载",
        date=None,
        notes="old table layout download station: file-info table, mirror links, dead-link report; no date (only an update stamp)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>金矿井下透水事故现场处置方案 Word版 免费下载 - 华软资料站</title></head>
<body>
<table width="100%"><tr><td>⟦m 华软资料站 www.huaruan-zl.com⟧</td><td>⟦m 资料分类：安全生产 → 应急预案⟧</td></tr></table>
<h2>{T}</h2>
<table border="1"><tr><td>⟦m 资料大小：56 KB⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-02-17 11:32:05⟧</td><td>⟦m 下载次数：本周 31 本月 140⟧</td></tr>
<tr><td>⟦m 推荐星级：★★★★☆⟧</td><td>⟦m 运行环境：WinAll / WPS⟧</td></tr></table>
<div>⟦l 资料简介：⟧</div>
{BODY}
<div>⟦a 下载地址：⟧ <a>⟦a 电信高速下载⟧</a> <a>⟦a 联通高速下载⟧</a> <a>⟦a 移动镜像下载⟧</a></div>
<div>⟦a 下载不了？点此报告死链⟧</div>
<div>⟦d 本站资料均来自网络，仅供学习研究，请于下载后24小时内删除。⟧</div>
<div>⟦m Copyright 2008-2025 华软资料站　冀ICP备08012937号⟧</div>
</body></html>
""",
        body="""
1 事故特征
1.1 井下透水事故可能发生在掘进工作面接近老空区、含水断层或与地表水体相连的裂隙时。
1.2 透水前常见征兆有：工作面“挂汗”、“挂红”，空气变冷、出现雾气，顶板淋水加大，出现水叫声等。
2 应急组织与职责
2.1 现场应急处置小组由当班区队长任组长，班组长、安全员为成员。
2.2 组长负责下达撤人命令，安全员负责清点人数并向调度室报告。
3 应急处置
3.1 发现透水征兆，立即停止作业，切断工作面电源，按避灾路线向上一水平撤离。
3.2 撤离时不得进入透水点下方的独头巷道；来不及撤离的，应进入地势较高的避险硐室等待救援。
3.3 调度室接到报告后，立即启动矿井排水设施，通知矿山救护队。
4 注意事项
4.1 撤离过程中要保持镇静，互相照应，严禁单独行动。
""",
    ),
    dict(
        slug="download-text-night-school-course-plan",
        site="学习资源下载网 (invented)",
        style="资料下载站",
        genre="工作计划",
        kind="plan",
        form="text",
        source="https://www.xxzyxz.net/down/jihua/2025/1183.html",
        title="社区夜校2025年秋季教学计划",
        record_title="社区夜校2025年秋季教学计划.wps",
        date="2025-08-30",
        notes="file-name title (.wps); download button lines; date only as the plan's own 成文日期",
        page="""
!m 学习资源下载网 —— 资料全、下载快
!m 资源位置：首页 >> 计划方案 >> 社区工作
!t 社区夜校2025年秋季教学计划.wps
!m 资源类别：WPS文档　授权：免费　语言：简体中文
!a ↓ 立即下载（本地下载）　　↓ 备用下载
{BODY}
!a 解压密码：www.xxzyxz.net
!l 下载排行：1. 社区工作计划 2. 老年大学课程表 3. 志愿服务台账
!d 如有侵权，请联系本站删除。
""",
        body="""
为进一步办好社区夜校，满足居民多样化学习需求，结合本社区实际，制定本学期教学计划。
一、教学安排
本学期共开设课程6门，每门课程12课时，自9月9日起至12月2日止，每周二、四晚上授课。
二、课程设置
1. 智能手机应用（含防诈骗知识）
2. 家庭理财常识
3. 中式面点制作
4. 太极拳入门
5. 少儿课后托管家长课堂
6. 普通话提升
三、管理措施
实行学员签到和课程反馈制度，每门课程结束时开展一次满意度调查，调查结果作为下学期课程调整的依据。
桂香社区居民委员会
2025年8月30日
""",
    ),
    dict(
        slug="exam-html-geohazard-station-recruitment",
        site="黛川县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.dcrsks.cn/ksgg/2025/0516/882.html",
        title="黛川县地质灾害监测站2025年公开招聘工作人员公告",
        record_title="黛川县地质灾害监测站2025年公开招聘工作人员公告_考试公告_黛川县人事考试网",
        date="2025-05-16",
        notes="exam site: 准考证 download sentence kept; position table rows; 咨询电话 kept beside the site's 技术支持 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>黛川县地质灾害监测站2025年公开招聘工作人员公告_考试公告_黛川县人事考试网</title></head>
<body>
<div class="top">⟦m 黛川县人事考试网⟧ ⟦m 公平　公正　公开⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 考试公告⟧ ⟦m 网上报名⟧ ⟦m 成绩查询⟧ ⟦m 政策咨询⟧</div>
<div class="loc">⟦m 当前位置：首页 &gt;&gt; 考试公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2025-05-16　来源：县人社局⟧</div>
{BODY}
<div class="fj">⟦a 相关附件下载：招聘岗位表.xls⟧</div>
<div class="foot">⟦m 网站技术支持电话：0879-7226001（仅限网站故障）⟧ ⟦m 主办：黛川县人力资源和社会保障局⟧</div>
</body></html>
""",
        body="""
根据工作需要，经县人社局批准，黛川县地质灾害监测站面向社会公开招聘工作人员3名。现将有关事项公告如下。
一、招聘岗位
岗位名称　人数　专业要求　学历要求
地质监测员　2　地质工程、水文地质　大学本科及以上
数据分析员　1　测绘工程、地理信息科学　大学本科及以上
二、报名时间和方式
报名时间为2025年5月20日至5月26日，采取网上报名方式。
三、考试
笔试时间另行通知，报名成功的考生请于考前一周登录本网站下载打印准考证。
四、咨询方式
咨询电话：0879-7213370（县地质灾害监测站办公室）。
黛川县人力资源和社会保障局
2025年5月16日
""",
    ),
    dict(
        slug="exam-text-forest-farm-recruitment-interview",
        site="磬原人才考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.qyrcks.com/gg/2025/0611/3308.html",
        title="磬原县北沙窝国有林场2025年招聘工作人员面试公告",
        record_title=None,
        date="2025-06-11",
        notes="no record title; interview list table; site's 友情提示 and links as chrome",
        page="""
!m 磬原人才考试信息网
!m 首页 ｜ 考试公告 ｜ 报名入口 ｜ 成绩查询 ｜ 常见问题
!m 位置：考试公告 > 事业单位
{T}
!m 时间：2025年06月11日　阅读量：2038
{BODY}
!a 友情提示：本站不提供任何考试培训，谨防上当受骗！
!l 相关链接：磬原县人民政府 ｜ 磬原县林业和草原局
!m Copyright © 磬原县人才交流中心
""",
        body="""
根据《磬原县北沙窝国有林场2025年公开招聘工作人员公告》，现将面试有关事项公告如下。
一、面试人员名单
准考证号　姓名　报考岗位
20250101　马晓军　造林技术员
20250107　苏婉　造林技术员
20250112　哈力克　护林巡查员
二、面试时间和地点
面试时间：2025年6月21日上午8:30开始。面试地点：磬原县林业和草原局三楼会议室。
三、注意事项
面试人员须携带本人身份证、学历证书原件及复印件，于当天7:50前到达候考室，逾期视为自动放弃。
磬原县林业和草原局
2025年6月11日
""",
    ),
    dict(
        slug="tender-html-bookmobile-vehicle-procurement",
        site="蔺城公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.lincheng.gov.cn/jyxx/zfcg/cggg/20250312/00041.html",
        title="蔺城县图书馆流动图书车采购项目公开招标公告",
        record_title="蔺城县图书馆流动图书车采购项目公开招标公告-政府采购-蔺城公共资源交易网",
        date="2025-03-12",
        notes="tender platform: CA hotline and platform links chrome; purchaser and agency contacts kept; 项目编号 neutral",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>蔺城县图书馆流动图书车采购项目公开招标公告-政府采购-蔺城公共资源交易网</title></head>
<body>
<div class="logo">⟦m 蔺城公共资源交易网⟧</div>
<div class="menu">⟦m 交易信息⟧ ⟦m 政策法规⟧ ⟦m 服务指南⟧ ⟦m 诚信体系⟧ ⟦a 主体登录⟧</div>
<div class="crumb">⟦m 首页 &gt; 交易信息 &gt; 政府采购 &gt; 采购公告⟧</div>
<h1>{T}</h1>
<p class="xmbh">项目编号：LCZC-2025-0037</p>
<p class="time">⟦m 【信息时间：2025-03-12】　【我要打印】　【关闭】⟧</p>
{BODY}
<div class="ca">⟦w CA证书办理及技术支持热线：400-690-1188⟧</div>
<div class="foot">⟦m 蔺城县公共资源交易中心　版权所有⟧ ⟦m 建议使用1366×768分辨率浏览⟧</div>
</body></html>
""",
        body="""
项目概况
蔺城县图书馆流动图书车采购项目的潜在投标人应在蔺城公共资源交易网获取招标文件，并于2025年4月2日9点30分（北京时间）前递交投标文件。
一、项目基本情况
预算金额：68.00万元。采购需求：流动图书车1辆，车长不小于8米，配备书架、电子借阅终端、空调及外接电源系统，具体详见招标文件。
二、获取招标文件
时间：2025年3月13日至3月19日，每天上午8:30至12:00，下午14:30至17:30。方式：登录交易平台免费下载。
三、联系方式
采购人：蔺城县图书馆，联系人：谭立，电话：0716-5561208。
代理机构：蔺城恒信招标代理有限公司，联系人：周晨，电话：0716-5583317。
""",
    ),
    dict(
        slug="tender-text-saline-project-bid-result",
        site="栾阳市招标投标信息网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.lyzbtb.cn/zbgg/jggs/2025-09/20250915_7711.html",
        title="栾阳市北部盐碱地暗管排盐工程（一期）中标结果公示",
        record_title="【结果公示】栾阳市北部盐碱地暗管排盐工程（一期）中标结果公示",
        date="2025-09-15",
        notes="bid-result page: candidates table rows kept; objection channel and the platform's hotline; 公示期 sentence",
        page="""
!m 栾阳市招标投标信息网
!m 首页 ＞ 招标公告 ＞ 结果公示
!t 【结果公示】栾阳市北部盐碱地暗管排盐工程（一期）中标结果公示
!m 发布时间：2025-09-15　访问次数：514
{BODY}
!a [打印本页] [关闭]
!m 平台服务热线：0546-8201199　工作时间：周一至周五
""",
        body="""
栾阳市北部盐碱地暗管排盐工程（一期）已于2025年9月12日开标、评标，现将中标结果公示如下。
中标候选人　投标报价（万元）　工期（日历天）　排名
滨海水利工程有限公司　1268.40　150　第一
鲁东农田建设集团有限公司　1281.95　150　第二
黄河口建设工程有限公司　1290.10　145　第三
公示期：2025年9月15日至9月17日。投标人或其他利害关系人对评标结果有异议的，应当在公示期内以书面形式向招标人提出。
招标人：栾阳市农业农村局　联系人：高明　电话：0546-8213074
招标代理机构：栾阳正诚工程咨询有限公司　联系人：王静　电话：0546-8230962
""",
    ),
    dict(
        slug="lawfirm-text-goldmine-land-compensation",
        site="笈山正言律师事务所 (invented)",
        style="律所网站",
        genre="法律意见",
        kind="other",
        form="text",
        source="https://www.zhengyan-law.cn/article/1177.html",
        title="矿山用地征收补偿中村民应注意的几个问题",
        record_title="法律问答丨矿山用地征收补偿中村民应注意的几个问题",
        date="2025-05-28",
        notes="law-firm page: free-consult prompts as contact chrome; disclaimer; author and 发布于 line is the page date",
        page="""
!m 正言律师事务所　ZHENGYAN LAW FIRM
!m 首页 / 律师文章 / 土地与拆迁
!t 法律问答丨矿山用地征收补偿中村民应注意的几个问题
!m 作者：宋婧律师　发布于：2025-05-28
!w 免费法律咨询：139 1577 2206（微信同号）
{BODY}
!d 本文仅为一般性法律知识介绍，不构成对具体案件的法律意见。
!w 遇到征地纠纷？点击右侧“在线咨询”，律师10分钟内回复
!l 推荐阅读：农村房屋征收补偿标准怎么算？
""",
        body="""
近期，不少金坑镇村民来所咨询金矿扩建项目征地补偿的问题。结合相关法律规定，我们提示以下几点。
一、先看征收是否合法。矿山建设用地属于建设项目用地，涉及集体土地的，必须依法办理征收手续。村民有权查阅征收批准文件和补偿安置方案。
二、补偿项目要核清楚。依照《土地管理法》，补偿包括土地补偿费、安置补助费以及农村村民住宅、其他地上附着物和青苗等的补偿费用，还应安排被征地农民的社会保障费用。
三、签协议前不要急。对补偿标准有异议的，可以在方案公告期内提出意见，要求组织听证；协议签订后，要保留好协议原件和付款凭证。
四、矿山开采造成房屋开裂、水源枯竭的，属于另外的侵权赔偿问题，可以单独主张。
""",
    ),
    dict(
        slug="lawfirm-html-notoginseng-gi-trademark",
        site="滇南知产律师事务所 (invented)",
        style="律所网站",
        genre="法律意见",
        kind="other",
        form="html",
        source="https://www.diannanip.com/insights/2025/gi-sanqi.html",
        title="地理标志“琮阳三七”的使用规范与侵权风险提示",
        record_title="地理标志“琮阳三七”的使用规范与侵权风险提示 - 滇南知产",
        date="2025-10-09",
        notes="law-firm page: consultation box and team links; numbered list kept; a page 发布日期 field",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>地理标志“琮阳三七”的使用规范与侵权风险提示 - 滇南知产</title></head>
<body>
<header>⟦m 滇南知产律师事务所⟧ ⟦m 专注知识产权 二十年⟧</header>
<nav>⟦m 关于我们⟧ ⟦m 专业领域⟧ ⟦m 律师团队⟧ ⟦m 知产洞察⟧ ⟦m 联系我们⟧</nav>
<main>
<h1>{T}</h1>
<p class="meta">⟦m 发布日期：2025-10-09　｜　作者：商标团队⟧</p>
{BODY}
</main>
<aside class="consult">⟦w 商标注册、维权咨询：0871-6530 2281⟧ ⟦a 预约律师⟧</aside>
<footer>⟦d 本站文章版权归本所所有，转载请注明来源。⟧ ⟦m 滇ICP备19005520号⟧</footer>
</body></html>
""",
        body="""
“琮阳三七”是国家地理标志保护产品。近来我们接到多家企业咨询，现就使用规范和常见侵权风险提示如下。
1. 使用主体：只有在地理标志产品保护范围内生产、并经核准使用专用标志的企业和合作社，才能在产品上标注“琮阳三七”。
2. 使用方式：专用标志应当与企业自有商标同时使用，不得单独作为商品名称使用，也不得更改标志的图形和颜色。
3. 常见风险：在外地收购的三七上标注“琮阳三七”、在网店宣传中使用“正宗琮阳产地”但无法提供产地证明等，均可能构成侵权或虚假宣传。
4. 建议：企业应建立完整的原料收购和追溯记录，电商宣传用语事先经法务审核。
""",
    ),
    dict(
        slug="community-text-dengue-cleanup-notice",
        site="槐荫社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.huaiyin-sq.org.cn/gg/2025/0708/221.html",
        title="关于开展周末“清积水灭蚊蝇”大扫除的通知",
        record_title="关于开展周末“清积水灭蚊蝇”大扫除的通知_槐荫社区网",
        date="2025-07-08",
        notes="residents' site; the community's 联系电话 kept beside the site's 便民热线; 微信群 chrome",
        page="""
!m 槐荫社区网　我们的家园
!m 首页 - 社区公告 - 正文
{T}
!m 发布：社区居委会　2025-07-08　阅读 356
{BODY}
!w 想加入楼栋微信群？请添加网格员微信：hy_wangge03
!m 社区便民热线：0755-2361800（24小时）
!l 返回公告列表
""",
        body="""
各位居民：
为预防登革热等蚊媒传染病，社区定于7月12日（星期六）上午8:00—11:00开展“清积水灭蚊蝇”环境卫生大扫除，请大家积极参与。
一、各楼栋居民清理自家阳台、楼顶的花盆积水和废弃容器；
二、社区志愿者分组清理绿化带、地下车库和楼道杂物；
三、物业负责清掏雨水井，对公共区域进行统一消杀。
参加大扫除的志愿者请于7:50在社区广场集合，社区提供手套和垃圾袋。
联系人：社区卫生专干　许娜，电话：0755-2361874。
槐荫社区居民委员会
2025年7月8日
""",
    ),
    dict(
        slug="community-html-night-school-graduation",
        site="桂香社区服务网 (invented)",
        style="社区网站",
        genre="新闻",
        kind="news",
        form="html",
        source="https://guixiang.sqfw.example.cn/news/1120.html",
        title="桂香社区夜校春季班结业 126名学员领到结业证书",
        record_title=None,
        date="2025-06-27",
        notes="no record title; residents' site with service grid and volunteer button; byline date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>桂香社区服务网</title></head>
<body>
<div class="top">⟦m 桂香社区服务网⟧ ⟦m 邻里守望 幸福桂香⟧</div>
<div class="grid">⟦l 便民服务：办事指南 | 物业报修 | 养老服务 | 志愿者报名⟧</div>
<div class="loc">⟦m 首页 &gt; 社区动态⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 2025-06-27　作者：社区宣传员⟧</div>
{BODY}
<div class="vol"><button>⟦a 我要当志愿者⟧</button></div>
<div class="ft">⟦m 桂香社区居委会　地址：桂香路18号⟧</div>
</body></html>
""",
        body="""
6月26日晚，桂香社区居民夜校春季班结业典礼在社区文化活动室举行，126名学员领到了结业证书。
本学期，夜校开设了智能手机应用、中式面点、太极拳等6门课程，学员中年龄最大的78岁，最小的23岁。72岁的刘大爷说，学了三个月，现在自己能在手机上挂号、交电费了。
结业典礼上，学员们还表演了太极拳和合唱节目。社区负责人表示，秋季班将增开短视频拍摄和家庭理财课程，欢迎居民报名。
""",
    ),
    dict(
        slug="association-text-notoginseng-industry-pledge",
        site="滇南中药材产业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.dnzyc.org.cn/xhdt/2025/0320/118.html",
        title="关于抵制三七低价恶性竞争的倡议书",
        record_title="【协会倡议】关于抵制三七低价恶性竞争的倡议书",
        date="2025-03-20",
        notes="association site: member login and 入会 prompts; pledge with the association's 成文日期",
        page="""
!m 滇南中药材产业协会
!m 首页 | 协会简介 | 协会动态 | 会员风采 | 政策法规 | 入会指南
!a 会员登录　|　申请入会
!t 【协会倡议】关于抵制三七低价恶性竞争的倡议书
!m 发布部门：协会秘书处　日期：2025-03-20
{BODY}
!a 【关闭窗口】
!m 协会秘书处电话：0876-2156608　邮箱：dnzyc@126.com
!m 版权所有：滇南中药材产业协会
""",
        body="""
全体会员单位：
近一段时间，部分经营者以远低于成本的价格销售三七产品，有的甚至以次充好、虚假标注产地，严重扰乱市场秩序，损害了广大种植户的利益。为此，协会倡议：
一、坚持诚信经营，不以低于成本的价格倾销，不以次充好、不虚标产地和规格。
二、严格执行质量标准，主动公开检测报告，自觉接受社会监督。
三、加强行业自律，发现恶性竞争和假冒伪劣行为，及时向协会和市场监管部门反映。
让我们携起手来，共同维护三七产业健康发展的良好环境。
滇南中药材产业协会
2025年3月20日
""",
    ),
]
