"""holdout135, part a: written blind (see NOTE.md). Invented sites, places, people, URLs."""

CASES = [
    dict(
        slug="fanwen-youzi-speech-torreya-harvest",
        site="优资范文馆 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.youzifw.example.com/jianghua/2025/8812.html",
        title="在全县香榧采收安全工作会议上的讲话",
        record_title="【精选】在全县香榧采收安全工作会议上的讲话（通用5篇）",
        date="2025-08-26",
        notes="decorated title; date under the speech title; writing-service prompt glued after a sentence; VIP prompt between paragraphs",
        indent="\u3000\u3000",
        page="""
!m 优资范文馆 — 写材料，先来优资
!m 您的位置：首页 > 讲话稿 > 会议讲话
!t 【精选】在全县香榧采收安全工作会议上的讲话（通用5篇）
!m 更新：2025-09-02　人气：1306　栏目编辑：小榧
!a 一键复制全文 ｜ 导出Word ｜ 加入收藏夹
{T}
副县长　钱守岩
（2025年8月26日）
{BODY}
!a 本篇为会员专享内容，开通优资VIP即可无限下载
!l 同主题推荐：
!l 在林下经济发展推进会上的讲话
!l 秋季森林防火动员会讲话稿
!d 本站文章来自网友投稿，仅供写作参考，如有侵权请联系删除。
""",
        body="""
同志们：
今天召开全县香榧采收安全工作会议，主要是部署今年采收季的安全防范工作。⟦w 材料写不出来？专人代笔，微信搜 yzfw_2025⟧
我县香榧林面积已达九万八千亩，进入盛产期的古榧树约一万二千株，采收季上树作业人员多、时间集中，安全风险不容忽视。
⟦a 剩余内容需登录后查看，点击此处免费注册⟧
第一，要落实采收人员登记制度。各乡镇要逐村摸清上树采摘人员名单，年满六十五周岁的村民原则上不得上树作业。
第二，要配齐安全带、防滑鞋等防护用品，县林业局统一采购的三千套安全带要在九月五日前发放到村。
第三，要做好应急救援准备，乡镇卫生院和各村卫生室要保证采收期间二十四小时有人值守。
同志们，香榧是群众的摇钱树，更要守住群众的生命线，希望大家把各项措施抓细抓实。
""",
    ),
    dict(
        slug="fanwen-liangwen-html-summary-pedal-boats",
        site="良文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.liangwen.example.net/zongjie/html/2024/1207/5521.html",
        title="栌湖公园2024年游船服务工作总结",
        record_title="栌湖公园2024年游船服务工作总结_单位工作总结_良文网",
        date="2024-12-06",
        notes="old gb2312 table layout with a marquee, visitor counter and a font-size row; floating QQ box; _column_site title; date under the signature",
        p_html='<p style="text-indent:2em">{}</p>',
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>栌湖公园2024年游船服务工作总结_单位工作总结_良文网</title>
<script language="javascript">function setFont(s){document.getElementById('content').style.fontSize=s+'px';}</script></head>
<body bgcolor="#f3f3e9">
<table width="960" align="center"><tr><td>⟦m 良文网 www.liangwen.example.net　您身边的公文好帮手⟧</td><td>⟦a 设为首页 | 加入收藏⟧</td></tr></table>
<marquee scrollamount="3">⟦m 热烈祝贺良文网会员突破五十万！本站所有范文每日更新⟧</marquee>
<table width="960" align="center"><tr><td width="700" valign="top">
<div>⟦m 当前位置：良文网 >> 工作总结 >> 单位工作总结 >> 正文⟧</div>
<h2>⟦t 栌湖公园2024年游船服务工作总结⟧</h2>
<div>⟦m 发表时间：2024-12-07 21:40　来源：网友投稿　点击数：877⟧</div>
<div>⟦a 【字号：大 中 小】⟧</div>
<div id="content">
{BODY}
</div>
<div>⟦l 上一篇：动物园冬季防寒工作总结⟧</div>
<div>⟦l 下一篇：城市公园绿化养护年度小结⟧</div>
</td><td width="260" valign="top">
<div>⟦l 本类热门：⟧</div>
<div>⟦l ·景区年度安全工作总结⟧</div>
<div>⟦l ·水上乐园暑期运营小结⟧</div>
</td></tr></table>
<div id="qqfloat">⟦w 在线客服 QQ 2850117734⟧</div>
<table width="960" align="center"><tr><td>⟦m 您是第 00451276 位访客⟧</td></tr>
<tr><td>⟦d Copyright 2009-2024 良文网 版权所有　本站资料均来源于网络，仅供参考⟧</td></tr>
<tr><td>⟦m 冀ICP备08077126号⟧</td></tr></table>
<script>var _hm=_hm||[];</script>
</body></html>
""",
        body="""
2024年，公园游船服务部在园区管理处的领导下，坚持安全第一、服务至上，圆满完成全年运营任务。
一、基本情况。全年共投放脚踏船四十二艘、电动船十八艘，运营二百六十一天，接待游客十一万三千人次，营业收入二百零四万元。
二、安全管理。我们坚持每日开船前检查船体、救生衣和限载标识，全年组织水上救援演练四次，未发生落水伤亡事故。
三、服务提升。在码头增设了遮阳棚和候船座椅，推出线上扫码预约租船，高峰时段排队时间由四十分钟缩短到十五分钟。
四、存在问题。部分脚踏船船龄超过八年，船体老化，夏季午后雷雨天气停航通知还不够及时。
2025年，我们将分批更新老旧船只，建立雷电预警停航联动机制，让游客玩得安心、舒心。
栌湖公园游船服务部
2024年12月6日
""",
    ),
    dict(
        slug="wenku-kanfu-plan-chickenpox-wrapped-markers",
        site="看福文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.kanfu.example.cn/view/8e1c0f77a2d1.html",
        title="楸原县第二实验小学水痘疫情防控工作方案",
        record_title="楸原县第二实验小学水痘疫情防控工作方案.docx",
        date="2025-03-04",
        notes="file-name title; hard-wrapped at 62 columns; page markers ⊰n⊱ between wrapped lines; paywall and upload notice at the end; numbered list kept",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⊰{n}⊱", every=170, start=2),
        page="""
!m 看福文库　海量文档 在线预览
!m 楸原县第二实验小学水痘疫情防控工作方案.docx　共3页　4.1万字节
!a 下载券：3　▸立即下载　▸放入书包
{BODY}
!a ——预览已到末尾，还剩1页未读，支付3下载券阅读全文——
!d 本文档由用户“桉桥老师”上传分享，看福文库仅提供信息存储空间，如涉侵权请投诉。
!l 与本文相似：学校传染病防控应急预案 / 春季校园卫生工作计划
""",
        body="""
为有效防范水痘在校园内传播，保障全体师生身体健康，根据县疾控中心有关要求，结合我校实际，制定本方案。
一、工作目标
早发现、早报告、早隔离，确保不发生水痘聚集性疫情。
二、主要措施
1.严格晨午检。班主任每天上午、下午各检查一次学生体温和皮肤，发现发热、出疹学生立即报告校医室。
2.落实因病缺课登记。对缺课学生当天电话追踪病因，确诊水痘的学生须居家隔离至全部疱疹结痂。
3.做好通风消毒。教室每天开窗通风不少于三次，每次不少于三十分钟，课桌椅、门把手每日擦拭消毒。
4.动员查漏补种。对未完成两剂次水痘疫苗接种的学生，通知家长带孩子到辖区接种门诊补种。
三、联系方式
学校卫生室联系人：韦晓岚，电话：0591-8623417。
楸原县第二实验小学
2025年3月4日
""",
    ),
    dict(
        slug="wenku-duobei-html-summary-cuttlefish-pages",
        site="多贝文档 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.duobeidoc.example.com/p-30017622.html",
        title="关于栲屿镇墨鱼捕捞与加工情况的调研报告",
        record_title=None,
        date=None,
        notes="HTML reader; no record title, the title in an h1 and the reader's header; page markers ⟬n⟭ as paragraphs cutting sentences; a data table; no date (year in title only? none: only an upload stamp)",
        p_html='<div class="reader-txt">{}</div>',
        pages=dict(fmt="⟬{n}⟭", every=160, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于栲屿镇墨鱼捕捞与加工情况的调研报告 - 多贝文档</title>
<script src="/static/reader.min.js"></script></head>
<body>
<header><div class="logo">⟦m 多贝文档 · 分享有价值的文档⟧</div><nav>⟦m 首页　行业资料　党政公文　合同范本　我的文档⟧</nav></header>
<main>
<h1>{T}</h1>
<div class="doc-meta">⟦m 上传者：渔村小陈　上传于：2025-05-11　页数：4页　浏览1,902次⟧</div>
<div class="toolbar">⟦a 收藏　|　分享到　|　举报　|　下载文档（5积分）⟧</div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 还有 2 页未展示，开通多贝会员可免费下载全文⟧</div>
</main>
<aside><h4>⟦l 猜你感兴趣⟧</h4><ul><li>⟦l 海洋渔业资源保护调研报告⟧</li><li>⟦l 水产品加工企业安全检查表⟧</li></ul></aside>
<footer>⟦d 多贝文档所有文档均由用户上传，平台不对内容真实性负责⟧ ⟦m 粤ICP备2021033518号-3⟧</footer>
</body></html>
""",
        body="""
近期，镇党委组织调研组深入五个渔业村和三家水产加工企业，围绕墨鱼产业发展情况开展专题调研。
一、基本情况
全镇现有钓墨鱼船只一百三十七艘，从业渔民五百二十余人，去年墨鱼捕捞量一千八百吨，其中七成以上在本地加工成墨鱼干和冷冻墨鱼片。
品种　产量（吨）　平均单价（元/公斤）
鲜墨鱼　520　38
墨鱼干　310　126
冷冻墨鱼片　970　45
二、存在的问题
一是渔船老旧，船龄超过十五年的占百分之四十。二是加工企业规模偏小，晒场卫生条件较差，产品缺少统一品牌。
三、对策建议
建议争取渔船更新改造补助，引导加工户入驻镇水产加工园区，注册“栲屿墨鱼”集体商标，带动渔民增收。
""",
    ),
    dict(
        slug="gov-zuoling-notice-cloud-seeding-html",
        site="柞岭县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zuoling.example.gov.cn/zwgk/tzgg/202506/t20250612_44871.html",
        title="关于开展2025年夏季人工增雨作业的公告",
        record_title="关于开展2025年夏季人工增雨作业的公告_通知公告_柞岭县人民政府",
        date="2025-06-12",
        record_date="2025-06-12",
        notes="modern county portal: 索引号 table, elder mode row, font-size row, a hotline footer beside the document's own 联系电话; decorated title",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>关于开展2025年夏季人工增雨作业的公告_通知公告_柞岭县人民政府</title>
<meta name="ArticleTitle" content="关于开展2025年夏季人工增雨作业的公告"><script src="/js/jquery.js"></script></head>
<body>
<div class="topbar">⟦a 无障碍浏览　长辈版　English⟧ ⟦a 登录　注册⟧</div>
<div class="banner">⟦m 柞岭县人民政府　www.zuoling.example.gov.cn⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进柞岭⟧</li></ul>
<div class="crumb">⟦m 首页 / 政务公开 / 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11431024MB1H72530X/2025-00318⟧</td><td>⟦m 发布机构：县气象局⟧</td></tr>
<tr><td>⟦m 主题分类：气象、水文、测绘、地震⟧</td><td>⟦m 发文日期：2025-06-12⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="info">⟦m 来源：柞岭县气象局　发布时间：2025-06-12 16:05　浏览量：2174⟧ ⟦a 字体：[大 中 小]⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享至：微信　微博　QQ空间⟧ ⟦a 【打印本页】【关闭窗口】⟧</div>
<div class="related"><h3>⟦l 相关阅读⟧</h3><p>⟦l 县气象局发布汛期气象服务指南⟧</p><p>⟦l 防雷装置检测资质公示⟧</p></div>
<div class="footer">
<p>⟦m 主办：柞岭县人民政府办公室　承办：县大数据中心⟧</p>
<p>⟦m 政务服务热线：12345　网站标识码：4310240017⟧</p>
<p>⟦m 湘ICP备05004218号　湘公网安备 43102402000124号⟧</p>
</div>
<script>var _trs_uv = 1;</script>
</body></html>
""",
        body="""
为缓解当前旱情，增加水库蓄水，县气象局定于2025年6月13日至9月30日，视天气条件在全县范围内适时开展人工增雨作业。
现将有关事项公告如下：
一、作业将使用火箭发射装置，在杉田、楂坪、石门三个固定作业点实施，作业期间炮弹残骸可能落入作业点周边五公里范围内。
二、请群众不要捡拾、拆卸火箭弹残骸，发现残骸或未爆弹体请立即远离，并向当地乡镇政府或县气象局报告。
三、作业前，作业点将鸣放警示信号，请附近群众和过往车辆服从现场人员指挥。
联系电话：0745-7236081（县气象局人工影响天气办公室）。
特此公告。
柞岭县气象局
2025年6月12日
""",
    ),
    dict(
        slug="gov-nanqiu-text-stacker-garage-docno",
        site="南湫区住房和城乡建设局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://zjj.nanqiu.example.gov.cn/art/2025/4/18/art_1129_77104.html",
        title="关于开展机械式立体停车库安全隐患排查的通知",
        date="2025-04-17",
        notes="document number under the title neutral; 抄送/印发 版记 kept; 附件 list kept; byline date differs from 成文日期 (成文 expected, byline accepted)",
        date_also=["2025-04-18"],
        page="""
!m 南湫区住房和城乡建设局
!m 首页 ＞ 信息公开 ＞ 部门文件
{T}
!m 发布日期：2025-04-18　信息来源：物业科　访问：392次
南住建〔2025〕27号
{BODY}
!a ［打印］［关闭］［返回顶部］
!l 上一条：关于做好老旧小区加装电梯受理工作的通知
!l 下一条：2025年第一季度建筑施工安全检查情况通报
!m 局机关地址：南湫区兴业大道77号　邮编：325018
""",
        body="""
各街道办事处，各物业服务企业，各停车库运营单位：
近年来，我区机械式立体停车库数量快速增加，部分车库存在维保不到位、安全装置失效等问题。为防范事故发生，决定在全区开展一次安全隐患排查。
一、排查范围
全区已投入使用的升降横移类、垂直循环类、巷道堆垛类机械式停车设备。
二、排查内容
（一）设备是否经特种设备检验机构检验合格并办理使用登记；
（二）防坠落装置、限位开关、急停按钮是否有效；
（三）操作人员是否持证上岗，是否张贴安全使用须知。
三、工作要求
各运营单位须于5月20日前完成自查，填写排查表报所在街道，区住建局将会同区市场监管局进行抽查。
附件：1.机械式停车设备安全隐患排查表
2.排查情况汇总表
南湫区住房和城乡建设局
2025年4月17日
抄送：区市场监督管理局，区消防救援大队。
南湫区住房和城乡建设局办公室　2025年4月17日印发
""",
    ),
    dict(
        slug="news-yuchuan-html-lobster-hatchery",
        site="榆川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yuchuannews.example.com/2025/07/09/art_2218_301557.html",
        title="榆川龙虾苗种繁育基地首批幼体出池",
        record_title="榆川龙虾苗种繁育基地首批幼体出池-榆川新闻网",
        date="2025-07-09",
        record_date="2025-07-09",
        notes="news portal: byline date the page's date; photo caption and an editor line glued after the last paragraph; hot list; open-app prompt inside the body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>榆川龙虾苗种繁育基地首批幼体出池-榆川新闻网</title></head>
<body>
<div class="head">⟦m 榆川新闻网｜榆川日报社主办⟧ ⟦a 下载榆川+客户端⟧</div>
<nav>⟦m 要闻 · 县区 · 经济 · 民生 · 视频 · 专题⟧</nav>
<div class="crumb">⟦m 榆川新闻网 > 经济 > 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 2025-07-09 08:31　来源：榆川日报　记者 潘晓澜 通讯员 温启航⟧</div>
{BODY}
</article>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 城区三条道路今起封闭施工⟧</li><li>⟦l 暑期游泳安全提醒⟧</li><li>⟦l 本周天气：高温持续⟧</li></ol></div>
<footer>⟦d 榆川新闻网版权所有，未经书面授权不得转载⟧ ⟦m 互联网新闻信息服务许可证编号：35120180017⟧</footer>
</body></html>
""",
        body="""
7月8日，位于榆川港区的龙虾苗种繁育基地传来好消息，首批人工繁育的锦绣龙虾幼体顺利出池，标志着我县在高端海水苗种繁育上实现突破。
⟦m 图为技术人员检查龙虾幼体生长情况。潘晓澜 摄⟧
基地负责人介绍，锦绣龙虾幼体期长、变态次数多，人工繁育难度大。技术团队历时三年，攻克了饵料配比和水质调控等关键技术，幼体成活率达到百分之六点五。
⟦a 打开榆川+，看更多县域新闻⟧
据悉，基地今年计划培育龙虾苗种二十万尾，将优先供应本县深水网箱养殖户，预计可带动养殖户户均增收三万元以上。⟦m （责任编辑：梁一苇）⟧
""",
    ),
    dict(
        slug="news-taoping-text-shingles-vaccine",
        site="桃坪融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.taopingrm.example.cn/content/2025-10/21/content_90331.html",
        title="桃坪县启动老年人带状疱疹疫苗免费接种",
        date="2025-10-21",
        notes="record title plain; title repeated glued to a lead; the document's own 咨询电话 next to the station's hotline; share bar at the bottom",
        page="""
!m 桃坪融媒 · 县域权威发布
!m 首页 > 民生 > 健康
{T}
!m 时间：2025-10-21 10:12　编辑：韩露
{BODY}
!l 分享到：朋友圈｜微博｜复制链接
!m 新闻热线：0736-7210000　投稿邮箱：tpnews@example.cn
!d 本平台原创稿件，转载请注明来源“桃坪融媒”。
""",
        body="""
⟦t 桃坪县启动老年人带状疱疹疫苗免费接种⟧10月20日起，我县为年满六十五周岁的户籍老年人免费接种重组带状疱疹疫苗，全程接种两剂，间隔两个月。
县疾控中心介绍，带状疱疹俗称“缠腰龙”，发病后神经痛可持续数月，老年人发病率高、症状重，接种疫苗是最有效的预防手段。
今年全县共安排免费疫苗一万二千剂，老年人可持身份证到户籍所在乡镇卫生院预防接种门诊预约接种。
⟦l 相关新闻：县人民医院开设疼痛门诊⟧
咨询电话：0736-7219305（县疾控中心免疫规划科）。
""",
    ),
    dict(
        slug="forum-zhiyou-foosball-junk",
        site="枳友论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://bbs.zhiyou.example.com/thread-556201-1-1.html",
        title="桌上足球爱好者文明参赛倡议书",
        record_title="[俱乐部公告] 桌上足球爱好者文明参赛倡议书（请转发）",
        date="2025-05-03",
        date_also=["2025-05-04"],
        notes="Discuz-like forum text with junk lines and glued junk; the post's 发表于 differs from the signature date; floor meta; reply box",
        junk=dict(lines=2, glued=3),
        page="""
!m 枳友论坛 » 兴趣天地 » 桌游与桌上运动
!m 查看: 1147|回复: 23
!t [俱乐部公告] 桌上足球爱好者文明参赛倡议书（请转发）
!m 球杆老周　发表于 2025-5-4 20:17　只看该作者
!m 楼主
{BODY}
!a 回复 ｜ 支持(18) ｜ 反对(0) ｜ 举报
!m 积分 2308　帖子 611　注册时间 2019-3-2
!l 快速回复：您需要登录后才可以回帖 登录 | 立即注册
!l 返回列表
""",
        body="""
各位球友：
本月十八日，全市首届桌上足球公开赛将在枳城体育馆举行，共有六十四支双人队报名参赛。为办一届干净、友好的比赛，俱乐部向全体参赛者发出如下倡议：
一、遵守规则。比赛中不旋转球杆超过三百六十度，不用力晃动球台，服从裁判判罚。
二、尊重对手。无论胜负，赛后与对手握手致意，不在现场和网络上发表攻击性言论。
三、爱护场馆。不在场馆内吸烟，离场时带走个人垃圾，借用的球台赛后恢复原位。
让我们以球会友，赛出水平，赛出风格！
枳城桌上足球俱乐部
2025年5月3日
""",
    ),
    dict(
        slug="forum-guanghu-html-wampee-fair-jammer",
        site="光湖论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.guanghubbs.example.com/forum.php?mod=viewthread&tid=88420",
        title="关于2025年黄皮采摘节期间交通管制的通告",
        record_title="转：关于2025年黄皮采摘节期间交通管制的通告 - 本地资讯 - 光湖论坛",
        date="2025-06-20",
        notes="Discuz-like HTML with jammer fonts (lines and glued); repost prefix and board suffix; 发表于 a different date than the 成文日期 (accepted)",
        date_also=["2025-06-21"],
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        page="""
<html><head><meta charset="utf-8"><title>转：关于2025年黄皮采摘节期间交通管制的通告 - 本地资讯 - 光湖论坛</title>
<style>.jammer{color:#fff;font-size:0}</style></head>
<body>
<div id="hd">⟦m 光湖论坛 - 光湖人自己的网上家园⟧ ⟦a 登录 | 注册 | 找回密码⟧</div>
<div id="pt">⟦m 光湖论坛 › 本地资讯 › 查看内容⟧</div>
<div class="ts">⟦t 转：关于2025年黄皮采摘节期间交通管制的通告⟧</div>
<div class="authi">⟦m 路过的阿坤 发表于 2025-6-21 09:02⟧ ⟦m 电梯直达 沙发⟧</div>
<table><tr><td class="t_f">
{BODY}
</td></tr></table>
<div class="sign">⟦l 顶一下(5)　踩一下(0)　收藏(2)⟧</div>
<div class="fastre">⟦l 发表回复　回帖后跳转到最后一页⟧</div>
<div id="ft">⟦d Powered by Discuz! X3.4 © 2001-2025 光湖论坛　本站言论不代表本站立场⟧ ⟦m 桂ICP备16003214号⟧</div>
</body></html>
""",
        body="""
为保障2025年光湖镇黄皮采摘节期间道路交通安全和畅通，根据《中华人民共和国道路交通安全法》有关规定，决定对部分路段实施临时交通管制。
一、管制时间：2025年6月28日至6月30日，每日8时至18时。
二、管制路段：县道X512线果园路口至黄皮文化广场路段，禁止货车及大型客车通行。
三、社会车辆请停放在镇中学操场和农贸市场临时停车场，步行或乘坐免费接驳车前往采摘园。
请广大驾驶人提前规划出行路线，服从交警和现场工作人员指挥。
光湖县公安局交通管理大队
2025年6月20日
""",
    ),
    dict(
        slug="blog-lanjiu-liuqin-teaching-notes",
        site="兰久的柳琴日志 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://lanjiu.example-blog.cn/post/2025/03/liuqin-ketang.html",
        title="教孩子弹柳琴的三点体会",
        record_title="教孩子弹柳琴的三点体会 | 兰久的柳琴日志",
        date="2025-03-16",
        notes="blog: title with | blog; a bracketed post time is the page's date; tags, prev/next and a comment box; a reading-time line",
        page="""
!m 兰久的柳琴日志
!m 一把柳琴，弹给小城听
!t 教孩子弹柳琴的三点体会 | 兰久的柳琴日志
!m [2025-03-16 22:05]　分类：教学随笔　约3分钟读完
{BODY}
!l 标签：柳琴　少儿器乐　民乐教学
!l « 上一篇：给柳琴换弦的小窍门
!l » 下一篇：社区民乐团第一次合排
!l 评论（4）　写点什么吧……
!d 本博客文字均为原创，转载请先留言。
""",
        body="""
教柳琴十二年，带过的小学员有一百多个，说几点自己的体会。
第一，先练耳朵再练手。柳琴音色亮，孩子一开始弹得急，我让他们先听清每个音的长短，再慢慢加速度。
第二，拨片要选软一点的。小孩子手劲小，硬拨片容易打滑，换成软拨片后，右手放松了，声音也圆润了。
第三，多给孩子上台的机会。哪怕是在社区广场弹一首《春到沂河》，对孩子都是很大的鼓励。
学琴是慢功夫，家长和老师都要有耐心。
""",
    ),
]
