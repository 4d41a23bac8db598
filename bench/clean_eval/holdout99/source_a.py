"""holdout99, part A: 范文 sites, 文库 previews, government and news portals, forums, a blog.
Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-gusheng-speech-shehuo-oldtable",
        site="古声范文苑 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.gushengfw.com/jianghua/wenhua/2025/0211/8812.asp",
        title="在全县春节社火展演筹备工作会议上的讲话",
        record_title="在全县春节社火展演筹备工作会议上的讲话（通用2篇）_古声范文苑",
        date="2025-01-16",
        notes="old gb2312 table layout with marquee and counter; date only under the speech title; speaker line neutral",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在全县春节社火展演筹备工作会议上的讲话（通用2篇）_古声范文苑</title>
<script language="javascript" src="/js/count.js"></script>
</head><body bgcolor="#f4efe2">
<table width="960" align="center" border="0"><tr><td class="logo">⟦m 古声范文苑——笔下有乾坤⟧</td>
<td align="right">⟦a 设为首页⟧ | ⟦a 加入收藏⟧ | ⟦a 会员登入⟧</td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 热烈庆祝本苑开通十五周年，新老会员下载材料一律八折！⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td class="nav">⟦m 首页 ┆ 讲话发言 ┆ 总结汇报 ┆ 计划方案 ┆ 心得体会 ┆ 文秘杂谈⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="pos">⟦m 所在位置：首页 ▸ 讲话发言 ▸ 文化旅游类⟧</div>
<h2>{T}</h2>
<div class="att">⟦m 整理：松间客 ┆ 录入日期：2025-02-11 ┆ 浏览：<font color="red">1904</font> 人次⟧</div>
<div class="tools">⟦a 【字号调节：大 · 中 · 小】【关闭本页】⟧</div>
<p align="center">县委常委、宣传部部长　乔立恒</p>
<p align="center">（2025年1月16日）</p>
{BODY}
<p class="down"><a href="/down.asp?id=8812">⟦a ※ 本篇讲话稿可一键导出为 DOC，会员免积分 ※⟧</a></p>
<p>⟦l 前一篇：全县文旅市场安全生产约谈会讲话⟧</p>
<p>⟦l 后一篇：非遗传承人座谈会主持稿⟧</p>
</td><td width="250" valign="top" class="side">
<div class="box"><b>⟦l 本类排行⟧</b><br>
⟦l · 元宵灯会安保动员会发言⟧<br>⟦l · 乡村春晚筹备会讲话两篇⟧<br>⟦l · 民俗文化节闭幕式致辞⟧</div>
<div class="qq">⟦w 材料定制请点此联系 ☎ 企鹅号 2207419385⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center" class="foot">
⟦d 苑内文章多为会员投稿，只作写作交流参考，若有不妥请来函联系删除。⟧<br>
⟦m 古声范文苑 版权所有 2010-2025　晋ICP备10038271号⟧<br>⟦m 您是第 <b>3066127</b> 位访客⟧
</td></tr></table></body></html>
""",
        body="""
同志们：
再有不到一个月就是春节了。按照县委、县政府统一部署，今年春节期间我县将在县城文化广场和五个中心镇集中举办社火展演。今天召开这次会议，就是对筹备工作进行再动员、再部署。
一、充分认识办好社火展演的意义
社火是我县流传数百年的民间艺术，马社火、背社火、芯子社火各有特色，是群众过年最盼的“年味”。办好今年的展演，既是丰富节日文化生活的需要，也是推动非遗活态传承、带动文旅消费的需要。各乡镇、各部门要把这项工作当作一件民生实事来抓。
二、精心组织，确保节目质量
今年全县共报名社火队伍四十三支，参演人员两千一百余人。文旅局要尽快组织专家逐队审看，对服装、道具、脸谱进行把关，鼓励老艺人带徒上阵，让更多年轻人参与进来。各乡镇要保障排练场地和必要经费，不得向群众摊派。
三、守牢底线，确保绝对安全
社火展演人员密集、时间集中，安全是头等大事。公安、应急、消防、卫健等部门要分别制定安保、疏散、医疗保障预案，高跷、芯子等高空项目要逐一检查器具，严禁在展演线路燃放烟花爆竹。各展演点要在正月初五前完成一次全流程演练。
同志们，时间紧、任务重。希望大家各司其职、通力协作，让群众过一个欢乐祥和的春节！
""",
    ),
    dict(
        slug="fanwen-chengwen-summary-cistern",
        site="成文阁 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.chengwenge.net/zj/shuili/20251230/55921.html",
        title="岭旱镇2025年度集雨水窖建设工作总结",
        record_title="岭旱镇2025年度集雨水窖建设工作总结 - 成文阁",
        date="2025-12-26",
        notes="site suffix after a dash; 成文日期 in Chinese numerals under the signature; a writing-service prompt between paragraphs",
        page="""
!m 成文阁｜一站式公文写作素材库
!m 首页 / 总结 / 水利农业总结
{T}
!m 时间：2025-12-30　来源：网友投稿　点击：427
!a 复制本页　｜　下载Word　｜　收藏到我的书架
{BODY}
!a 当前文档仅显示部分内容，开通成文阁年卡可畅读全部范文
!l 上一篇：村级饮水安全工程年度工作总结
!l 下一篇：抗旱保苗工作阶段性总结（乡镇版）
!l 相关标签：#水窖 #农村饮水 #乡镇总结
!m 成文阁 chengwenge.net　蜀ICP备21047730号-1
""",
        indent="\u3000\u3000",
        body="""
2025年，岭旱镇把集雨水窖建设作为解决山区群众人畜饮水和抗旱保苗的重要民生工程，在县水利局的支持下，全年新建水窖一百八十六口、维修旧窖九十二口，新增蓄水能力一点一万立方米，惠及七个村九百余户群众。现将全年工作总结如下。
一、主要做法
一是摸清底数定规划。年初组织水利站和驻村工作队逐户核查现有水窖，对渗漏、淤积、无盖板的旧窖建立台账，按照“先缺水户、后一般户”的顺序排定建设计划。
二是统一标准抓质量。新建水窖全部采用钢筋混凝土结构，容积统一为六十立方米，配套沉沙池和过滤网。镇上聘请两名技术员全程驻点，每口窖完工后都由村民代表和技术员共同签字验收。⟦w 需要同类总结可私信本站文秘，三小时出稿，微信同号 cwg_wenmi⟧
三是建管并重保长效。每口水窖落实一名管护责任人，制定清淤、消毒和加锁制度，镇水利站每季度抽查一次。
二、存在的问题
部分高山农户居住分散，材料运输成本高；个别群众存在“重建轻管”思想，窖口周边卫生较差。
三、明年打算
2026年，我镇计划再建水窖一百二十口，重点向海拔一千五百米以上的三个村倾斜，同时探索水窖与小型光伏提水设施配套建设。
岭旱镇人民政府
二〇二五年十二月二十六日
""",
    ),
    dict(
        slug="wenku-yuewen-plan-hypertension-markers",
        site="阅文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.yuewenku.cn/view/7f3c1a9b2e.html",
        title="蓼坪县2025年高血压患者健康管理提升行动方案",
        record_title="蓼坪县2025年高血压患者健康管理提升行动方案.pdf",
        date="2025-03-04",
        notes="file-name title; preview page markers of our own (◐2◑) glued or not; preview-end prompt; a data table; 成文日期",
        page="""
!m 阅文库 - 海量文档在线阅读
!m 文档分类：医药卫生 > 公共卫生 > 慢病管理
蓼坪县2025年高血压患者健康管理提升行动方案.pdf
!m 贡献者：卫健小周　|　共6页　|　2198次阅读　|　上传于2025-03-19
!a ☆ 收藏　⇩ 下载（3下载券）　⊕ 加入我的文集
{BODY}
!a —— 预览到此为止，余下2页请下载后阅读 ——
!d 本文档由用户自行上传，阅文库仅提供存储空间，若涉及侵权请通过页面底部“投诉”入口反馈。
!l 相似文档：乡镇卫生院慢病随访工作制度　|　家庭医生签约服务实施方案
""",
        pages=dict(fmt="◐{n}◑", every=190, start=2, glue="mix"),
        body="""
为进一步提高全县高血压患者规范管理率和血压控制率，根据国家基本公共卫生服务规范要求，结合我县实际，制定本方案。
一、工作目标
到2025年底，全县高血压患者规范管理率达到70%以上，管理人群血压控制率达到65%以上，35岁以上居民首诊测血压率达到100%。
二、重点任务
（一）扩大筛查覆盖面。各乡镇卫生院、村卫生室对35岁以上就诊居民一律实行首诊测血压，在集市、祠堂等人员集中场所每月开展一次义诊筛查。
（二）落实分级随访。对血压控制满意的患者每季度随访一次；控制不满意的两周内复诊，连续两次不达标的转诊至县医院心内科。
（三）推进医防融合。县医院组建专家团队，每月到乡镇卫生院坐诊两天，帮助基层医生调整用药方案。
三、任务分解表
乡镇　　筛查人数目标　　规范管理目标
城关镇　　12000　　3600
蓼河乡　　5400　　1500
青坪镇　　6800　　1900
四、保障措施
县卫健局将本方案落实情况纳入乡镇卫生院年度绩效考核，考核结果与基本公共卫生服务补助资金挂钩。
蓼坪县卫生健康局
2025年3月4日
""",
    ),
    dict(
        slug="wenku-shuzhai-report-musk-deer-html",
        site="书斋文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.shuzhaiwk.com/p-40918827.html",
        title="关于苕岭县林麝人工养殖产业发展情况的调研报告",
        record_title=None,
        date=None,
        notes="title missing from the record, found in the h1; page markers as HTML paragraphs (⟬2⟭); no date (upload stamp only)",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>关于苕岭县林麝人工养殖产业发展情况的调研报告 - 书斋文库</title>
<link rel="stylesheet" href="/static/reader.css"></head><body>
<header class="bar"><span class="brand">⟦m 书斋文库 · 读好文档⟧</span><input placeholder="搜文档"><a href="/vip">⟦a 开通会员，全站文档免费下⟧</a></header>
<nav class="crumbs">⟦m 书斋文库 › 行业资料 › 农林牧渔 › 特种养殖⟧</nav>
<main class="reader">
<h1>{T}</h1>
<div class="docinfo">⟦m 页数：9　大小：1.1MB　上传时间：昨天 21:40⟧</div>
<div class="pagebox">
{BODY}
</div>
<div class="fold">⟦a 剩余 6 页未读，点击继续阅读（需登录）⟧</div>
<div class="ops">⟦a 下载文档⟧ ⟦a 打印⟧ ⟦a 转存到网盘⟧</div>
</main>
<aside class="rec"><h4>⟦l 看了本文的人还在看⟧</h4><ul>
<li>⟦l 梅花鹿养殖场建设可行性研究报告⟧</li><li>⟦l 中药材GAP基地调研报告⟧</li></ul></aside>
<footer>⟦d 文档内容由上传者负责，本站不对其准确性承担责任。⟧ ⟦m © 书斋文库 京ICP备2023011908号⟧</footer>
</body></html>
""",
        pages=dict(fmt="⟬{n}⟭", every=260, start=2),
        body="""
林麝是国家一级保护野生动物，麝香是名贵中药材。苕岭县自2012年起在国家林草部门许可下开展林麝人工驯养繁育，目前已有持证养殖场六家，存栏林麝一千三百余头。为摸清产业现状，县林业局会同县科技局于今年五月组成调研组，走访了全部养殖场和两家中药饮片企业。
一、发展现状
全县六家养殖场中，存栏三百头以上的两家，其余四家规模在一百头至二百头之间。2024年全县活体取香一万二千余克，产值约两千六百万元，带动周边农户种植饲草、务工增收。
二、存在的问题
一是种源单一，近亲繁殖导致部分场幼麝成活率下降；二是活体取香技术人员不足，全县持证取香员仅九人；三是麝香销售渠道依赖少数企业，价格话语权弱。
三、对策建议
建议县里设立林麝种源交换平台，每两年组织一次跨场种公麝调剂；依托县职教中心开设取香技术培训班；支持龙头养殖场与饮片企业签订长期收购协议，稳定养殖户预期。
""",
    ),
    dict(
        slug="gov-zhongli-notice-poplar-catkins",
        site="钟离县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zhongli.gov.cn/zwgk/tzgg/202504/t20250408_90517.html",
        title="钟离县园林和林业局关于做好2025年杨絮防治工作的通知",
        record_title="钟离县园林和林业局关于做好2025年杨絮防治工作的通知_通知公告_钟离县人民政府",
        date="2025-04-07",
        date_also=["2025-04-08"],
        notes="county portal with index table; the notice's own contact next to the portal's hotline; 附件 list; 成文日期 vs publish time",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>钟离县园林和林业局关于做好2025年杨絮防治工作的通知_通知公告_钟离县人民政府</title>
<meta name="ArticleTitle" content="钟离县园林和林业局关于做好2025年杨絮防治工作的通知"><script src="/js/jquery.min.js"></script></head><body>
<div class="head"><div class="logo">⟦m 钟离县人民政府⟧</div><div class="tb">⟦a 无障碍浏览⟧ ⟦a 长者模式⟧ ⟦a 繁體⟧</div></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进钟离⟧</li></ul>
<div class="loc">⟦m 您所在的位置: 首页 &raquo; 政务公开 &raquo; 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：114109270051832K/2025-01763⟧</td><td>⟦m 发文机构：县园林和林业局⟧</td></tr>
<tr><td>⟦m 发布日期：2025-04-08⟧</td><td>⟦m 主题分类：林业⟧</td></tr></table>
<div class="art"><h1>{T}</h1>
<div class="src">⟦m 来源：县园林和林业局　浏览次数：<span>663</span>　【字体：<a>大</a> <a>中</a> <a>小</a>】⟧</div>
<p align="center">钟园林〔2025〕11号</p>
{BODY}
</div>
<div class="share">⟦l 分享到：微信 · 微博 · QQ空间⟧</div>
<div class="act"><a href="javascript:window.print()">⟦a 【打印此页】⟧</a> <a href="javascript:window.close()">⟦a 【关闭窗口】⟧</a></div>
<div class="foot"><p>⟦m 主办：钟离县人民政府办公室　承办：县大数据中心⟧</p><p>⟦m 政务服务热线：12345　网站标识码：4109270012⟧</p>
<p>⟦m 豫ICP备08012736号-1　豫公网安备41092702000125号⟧</p><p>⟦d 未经许可，不得复制本站内容或建立镜像⟧</p></div>
</body></html>
""",
        body="""
各乡镇人民政府、街道办事处，县直有关单位：
每年四月下旬至五月中旬是杨絮集中飘飞期。为减少杨絮对群众出行、生活和消防安全的影响，现就做好今年杨絮防治工作通知如下。
一、开展注射抑制。对城区主干道、学校、医院周边的雌性杨树，4月20日前完成抑制剂注射，每株注射量按胸径确定，严禁超量使用。
二、加强湿化清扫。飞絮高峰期内，环卫部门对重点路段每日洒水不少于三次，及时清扫路沿、绿化带内堆积的杨絮。
三、严防火灾隐患。各单位要加强巡查，发现堆积杨絮要及时用水浇湿后清理，严禁焚烧杨絮，严禁在杨树下吸烟、燃放鞭炮。
四、有序更新树种。结合城区绿化提升，对树龄老化、飞絮严重的杨树分批更换为国槐、白蜡等乡土树种。
各单位请于5月20日前将工作开展情况报县园林和林业局林业股。
联系人：苏明远　联系电话：0393-7260318
附件：1.杨絮防治重点路段分工表
2.杨絮防治工作情况统计表
钟离县园林和林业局
2025年4月7日
""",
    ),
    dict(
        slug="gov-heqiao-plan-light-pollution",
        site="禾桥市城市管理局 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://cgj.heqiao.gov.cn/art/2025/6/3/art_4471_281936.html",
        title="禾桥市城区光污染专项整治工作方案",
        date="2025-05-29",
        notes="text page of a municipal bureau; 抄送/印发 版记 kept; decimal headings; site hotline and the plan's own contacts",
        page="""
!m 禾桥市城市管理局　　网站导航　｜　智能问答　｜　English
!m 当前位置 > 信息公开 > 规划计划
{T}
!m 文章来源：市照明管理处　发布时间：2025-06-03 15:12　访问量：281
!a 【大字版】【纯文本】【打印】
{BODY}
!a 扫一扫在手机上浏览
!l 相关链接：城市照明管理规定政策解读　　户外灯光设置指引（试行）
!m 禾桥市城市管理局主办　地址：禾桥市滨江路17号　举报投诉：12319
!m 浙ICP备05073319号
""",
        body="""
为改善城区夜间人居环境，规范户外灯光设置，根据《城市照明管理规定》和我市城市照明专项规划，制定本方案。
1 整治范围
城区建成区内的建筑立面亮化、户外广告和招牌灯光、LED显示屏、景观照明及工地照明设施。
2 整治内容
2.1 居住区周边光源。距离住宅窗户三十米内的投光灯、射灯一律调整投射角度或加装遮光罩，夜间二十三时后关闭装饰性灯光。
2.2 大型显示屏。沿街LED显示屏亮度按夜间标准自动调节，严禁闪烁、爆闪方式播放。
2.3 工地照明。施工工地夜间照明应朝向作业面，不得直射居民楼和道路。
3 工作步骤
3.1 排查阶段（6月上旬至6月底）：各区城管部门逐街排查，建立问题清单。
3.2 整改阶段（7月至9月）：责任单位按清单限期整改，逾期不改的依法处理。
3.3 巩固阶段（10月起）：纳入日常巡查，开通群众投诉渠道。
4 联系方式
市照明管理处　联系人：钱雨桐　电话：0573-88102674
禾桥市城市管理局
2025年5月29日
抄送：市生态环境局，市住建局。
禾桥市城市管理局办公室　　2025年5月29日印发
""",
    ),
    dict(
        slug="news-huaiyin-report-torch-relay-html",
        site="淮音新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.huaiyin.com.cn/local/2025-08/22/content_773019.htm",
        title="省运会火炬传递淮音站圆满完成",
        record_title="省运会火炬传递淮音站圆满完成_本地要闻_淮音新闻网",
        record_date="2025-08-22",
        date="2025-08-22",
        notes="news portal; byline time is the date; photo captions and an editor line between and after paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>省运会火炬传递淮音站圆满完成_本地要闻_淮音新闻网</title></head><body>
<div class="topbar">⟦m 淮音新闻网 | 淮音日报社主办⟧ <a>⟦a 登录⟧</a> <a>⟦a 投稿⟧</a></div>
<nav>⟦m 要闻 本地 民生 体育 视频 图片 专题⟧</nav>
<div class="path">⟦m 淮音新闻网 &gt; 本地要闻 &gt; 正文⟧</div>
<article><h1>{T}</h1>
<div class="byline">⟦m 2025-08-22 19:06:41　来源：淮音日报　记者 韩舟 通讯员 吕思颖⟧</div>
{BODY}
<div class="editor">⟦m 【责任编辑：卞小禾】⟧</div>
</article>
<div class="sharebar">⟦l 转发到：朋友圈　微博　抖音⟧</div>
<section class="more"><h3>⟦l 延伸阅读⟧</h3>
<p>⟦l 省运会倒计时30天：场馆改造全部完工⟧</p><p>⟦l 火炬手名单公布，最小的只有14岁⟧</p></section>
<div class="comment">⟦l 网友评论（0）　发表评论需先登录⟧</div>
<footer>⟦d 凡本网注明“来源：淮音日报”的作品，版权均属淮音日报社，转载请注明出处。⟧<br>⟦m 互联网新闻信息服务许可证编号：32120170011⟧</footer>
</body></html>
""",
        body="""
8月22日上午，第二十一届省运会火炬传递淮音站活动在运河文化广场启动。一百二十名火炬手沿运河风光带、老城区和新城大道依次接力，全程约九点六公里。
起跑仪式上，市委副书记、市长宋维安点燃主火炬，并将火炬交给第一棒火炬手、奥运会赛艇铜牌得主沈一帆。
⟦m 图为火炬手在运河风光带上接力传递。（记者 韩舟 摄）⟧
本站火炬手既有体育冠军、劳动模范，也有社区网格员、快递小哥和中学生。第八十七棒火炬手、环卫工人汪桂英说：“能代表家乡跑上这一棒，是我这辈子最骄傲的事。”
为保障活动顺利进行，全市出动公安、交通、医疗等保障人员一千八百余人，沿线设置了十二个医疗点和六个饮水点。火炬传递期间，部分路段实行临时交通管制，市民群众总体理解配合。
上午十一时二十分，火炬抵达终点市奥体中心，淮音站传递活动圆满结束。火炬将于明日传往邻市。
""",
    ),
    dict(
        slug="news-beihai-report-dolphin-survey-wrap",
        site="北澳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.beiaonews.cn/2025/0612/shengtai/11923.shtml",
        title="北澳湾开展中华白海豚种群调查 新识别个体二十一头",
        record_date="2025-06-12",
        date="2025-06-12",
        notes="hard-wrapped at 62 columns; the byline gives the date; a hot-news list at the bottom",
        page="""
!m 北澳新闻网——看北澳，知天下
!m 首页 → 生态 → 正文
{T}
!m 2025-06-12 08:30　　来源：北澳新闻网　　作者：龙晓航
!a 字号：T T T　　听新闻
{BODY}
!m （编辑：符书蕾　审核：许澈）
!l 24小时热点
!l 1 北澳湾海上牧场今年首批石斑鱼出鱼
!l 2 渔港码头改造工程进入收尾阶段
!l 3 夏季伏季休渔今起开始
!d 本网所刊新闻稿件未经书面授权不得转载。
""",
        wrap=62,
        indent="  ",
        body="""
记者从北澳湾海洋生态保护站获悉，今年4月至5月，保护站联合海洋大学科研团队在北澳湾海域开展中华白海豚种群调查，共出海作业三十二天，拍摄背鳍照片九千余张，通过照片识别新确认白海豚个体二十一头。
截至目前，北澳湾已建档的中华白海豚个体达到二百六十七头，其中幼豚和亚成体占比约百分之十八，表明种群保持了一定的繁殖能力。
保护站负责人介绍，调查发现白海豚主要集中在湾口东侧和两处河口附近，这些海域的渔业活动和船舶航行较为频繁。下一步，保护站将建议有关部门在白海豚高频活动区设置船舶限速提示，并继续开展渔民护豚宣传。
据了解，调查数据将全部录入白海豚个体识别数据库，供国内科研机构共享使用。
""",
    ),
    dict(
        slug="forum-shanye-notice-wild-boar-junk",
        site="山野户外论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.shanyehw.com/thread-2288417-1-1.html",
        title="关于开展野猪危害防控工作的通告",
        record_title="[转帖] 关于开展野猪危害防控工作的通告 - 徒步交流区 - 山野户外论坛",
        date="2025-09-15",
        date_also=["2025-09-18"],
        notes="forum repost with anti-scraping junk lines and glued junk; post date differs from 成文日期",
        page="""
!m 山野户外论坛 › 徒步交流区 › 查看主题
!m 查看: 1377 | 回复: 26
[转帖] 关于开展野猪危害防控工作的通告
!m 楼主 老林子 发表于 2025-9-18 20:14
!m 只看该作者 | 倒序浏览 | 阅读模式
转一个，周末去南坡走线的驴友注意一下。
{BODY}
!l 回复 沙发：谢谢提醒，上周在垭口就见过拱过的地
!l 回复 板凳：有没有具体禁入的路段啊
!a 回复 举报 收藏 分享
!m 本版积分规则 | 手机版 | 小黑屋 | 山野户外论坛
""",
        junk=dict(lines=2, glued=3),
        body="""
近年来，我县野猪种群数量明显增加，频繁进入农田拱食玉米、红薯等作物，并多次发生伤人事件。为保护群众生命财产安全，经县人民政府同意，现就开展野猪危害防控工作通告如下。
一、防控时间为2025年9月20日至2026年1月31日。
二、防控区域为南坡镇、石门乡、青溪乡等野猪危害较重的十一个村。
三、防控工作由县林业局组织专业狩猎队实施，采取围猎、笼捕等方式，严禁任何单位和个人私自设置猎夹、电网等危险工具。
四、防控期间，请进山游客和徒步爱好者避开围猎区域，听从现场工作人员指挥，不要在夜间进入山林。
五、群众发现野猪出没或作物受损，可拨打县林业局防控值班电话0794-5821166报告。
特此通告。
栎山县人民政府
2025年9月15日
""",
    ),
    dict(
        slug="forum-tongqin-pledge-umbrella-jammer",
        site="通勤者论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.tongqinzhe.net/forum.php?mod=viewthread&tid=60471",
        title="文明使用共享雨伞倡议书",
        record_title="【倡议】文明使用共享雨伞倡议书 - 地铁生活 - 通勤者论坛",
        date="2025-05-06",
        notes="Discuz-like thread with jammer fonts; forum posting time is the only date",
        page="""
<html><head><meta charset="utf-8"><title>【倡议】文明使用共享雨伞倡议书 - 地铁生活 - 通勤者论坛</title></head><body>
<div id="hd">⟦m 通勤者论坛 — 每天一小时，路上有我们⟧ <a>⟦a 立即注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 论坛 › 地铁生活 › 查看内容⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 雨季小管家 版主 帖子 3021 积分 8890⟧</td>
<td class="plc"><h1>⟦t 【倡议】文明使用共享雨伞倡议书⟧</h1>
<div class="authi">⟦m 发表于 2025-5-6 07:52　|　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="pob">⟦a 支持 反对 收藏 分享 回复⟧</div></td></tr></table>
<div class="reply">⟦l 2#　早班人：站里的伞常常被拿走不还，支持倡议！⟧</div>
<div class="reply">⟦l 3#　阿梨：希望多放几个还伞点⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　Archiver　手机版⟧</div>
</body></html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=2),
        body="""
广大乘客朋友们：
为方便大家雨天出行，梅岭市地铁运营公司与城市共享服务企业合作，在全线五十六个车站投放了共享雨伞两万把。投放两个月来，雨伞累计借用十一万人次，但也出现了借后长期不还、损坏后随意丢弃等现象。为此，我们向全体乘客发出如下倡议：
一、按需借用。请在确有需要时扫码借伞，不重复借用、不囤积雨伞。
二、及时归还。借伞后请在四十八小时内归还到任一车站的还伞机，方便下一位乘客使用。
三、爱护使用。请不要用雨伞敲打、倚靠，发现雨伞损坏请在小程序内报修。
四、相互提醒。看到他人违规占用雨伞，请友善提醒或告知车站工作人员。
让我们携手共建文明、温暖的地铁出行环境！
梅岭市地铁运营有限公司
""",
    ),
    dict(
        slug="blog-yexiao-insight-night-school-html",
        site="灯下的粉笔 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://fenbi.blog.dengxia.cn/post/2025/11/night-school.html",
        title="在社区夜校教书三个月的几点体会",
        record_title="在社区夜校教书三个月的几点体会 | 灯下的粉笔",
        date="2025-11-09",
        notes="blog with tag cloud and archive; bracketed post time is the page date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在社区夜校教书三个月的几点体会 | 灯下的粉笔</title></head><body>
<header><h2 class="site">⟦m 灯下的粉笔 —— 一个中学老师的业余记录⟧</h2>
<nav>⟦m 首页 · 归档 · 关于我 · 友情链接⟧</nav></header>
<div class="post"><h1>{T}</h1>
<div class="meta">⟦m [2025-11-09 22:31] 分类：随笔 阅读(318) 评论(7)⟧</div>
{BODY}
<div class="tags">⟦l 标签：夜校 成人教育 社区⟧</div>
<div class="nav2">⟦l « 上一篇：晚自习的灯⟧ ⟦l 下一篇：给高三学生的一封信 »⟧</div>
</div>
<aside><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年11月 (3)⟧</li><li>⟦l 2025年10月 (5)⟧</li></ul>
<h4>⟦l 标签云⟧</h4><p>⟦l 教学 读书 夜校 家长会 随笔⟧</p></aside>
<footer>⟦d 本博客文字未经同意请勿转载⟧ ⟦m Theme by Lite · 托管于点灯博客⟧</footer>
</body></html>
""",
        body="""
今年八月，街道办开办了面向年轻上班族的社区夜校，我报名当了一名志愿教师，每周二晚上教一节“实用写作”。三个月下来，有几点体会想记下来。
第一，成年人的学习需求非常具体。来上课的多是附近写字楼的白领和个体店主，他们想学的是怎么写请假条、怎么给客户回邮件、怎么写一份像样的活动总结。我把课程改成了“每周一个真实任务”，大家带着自己的材料来改，出勤率明显提高了。
第二，课堂要留出交流时间。夜校学员白天工作很累，纯讲授很难坚持。每节课最后二十分钟，我让大家互相读稿、互相提意见，很多人说这是一周里最放松的时候。
第三，教别人也是在教自己。备课时我重新翻了不少公文写作的书，发现自己平时给学生讲作文也有不少可以改进的地方。
下学期夜校打算增加一门“手机摄影”课，我也准备继续报名。
""",
    ),
]
