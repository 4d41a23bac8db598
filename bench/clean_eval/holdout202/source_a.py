"""holdout202, part A: 范文 sites, 文库 previews, government portals, news portals and forums.
Every page, place, person, firm, site, URL and number here is invented; see ../README.md and
../build.py for the markup. Written by hand, one case at a time."""

CASES = [
    dict(
        slug="fanwen-lihen-speech-oil-fume-gb2312",
        site="犁痕范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.lihenfw.com/jianghua/huanbao/2025/0612/81734.html",
        title="县生态环境局局长在全县餐饮油烟治理工作推进会上的讲话",
        record_title="【致辞汇编】县生态环境局局长在全县餐饮油烟治理工作推进会上的讲话（范本2篇可选）_犁痕范文网",
        date="2025-06-10",
        date_also=["2025-06-12"],
        notes="old table layout with a marquee, a 字号/背景色 row, a floating ghost-writer QQ box, a hot list and a visitor counter; speaker and date lines under the title (neutral); a writing-service prompt glued after a sentence; the page's posting date differs from the speech's (also accepted)",
        page="""
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>【致辞汇编】县生态环境局局长在全县餐饮油烟治理工作推进会上的讲话（范本2篇可选）_犁痕范文网</title>
<meta name="keywords" content="油烟治理讲话,推进会讲话,生态环境" />
<link href="/css/yt_main.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/js/yt_ad.js"></script>
<style type="text/css">td{font-size:12px}.zw p{text-indent:2em;line-height:200%}</style>
</head>
<body topmargin="0" leftmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="260"><img src="/images/logo.gif" alt="犁痕范文网" /></td>
<td>⟦m 犁痕范文网——耕好每一篇公文⟧</td>
<td align="right"><a href="#" onclick="this.style.behavior='url(#default#homepage)'">⟦a 把犁痕设为主页⟧</a> <a href="#">⟦a 收进浏览器书签⟧</a></td></tr>
</table>
<table width="980" align="center" class="menu"><tr><td>⟦m 网站首页 | 讲话致辞 | 工作总结 | 心得体会 | 规章制度 | 合同协议 | 主持词⟧</td></tr></table>
<table width="980" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()">⟦m 犁痕温馨提示：本站讲话类范文本周新增三百余篇，每日更新⟧</marquee></td></tr></table>
<table width="980" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="700" valign="top" class="zw">
<div class="weizhi">⟦m 您的位置：犁痕范文网 &gt;&gt; 讲话致辞 &gt;&gt; 环保讲话⟧</div>
<h1 align="center">{T}</h1>
<div align="center">⟦m 发布：2025-06-12　来稿：书吏　人气：1875⟧</div>
<div align="center">⟦a 【字号：大 中 小】【背景色：护眼 默认】⟧</div>
<p align="center">县生态环境局党组书记、局长　邝立行</p>
<p align="center">（2025年6月10日）</p>
{BODY}
<div align="center">⟦a 【复制正文】【存为Word】【发给朋友】⟧</div>
<div class="xgwz">⟦l 相关范文：⟧<br />⟦l ·在全县大气污染防治攻坚会上的讲话⟧<br />⟦l ·餐饮服务单位油烟排放自查报告⟧</div>
</td>
<td width="10"></td>
<td width="270" valign="top"><div class="right">
<div class="tit">⟦l 本月点击排行⟧</div>
<div>⟦l 1. 环保督察整改表态发言稿⟧</div>
<div>⟦l 2. 城区噪声扰民整治工作汇报⟧</div>
<div>⟦l 3. 街道人居环境整治动员讲话⟧</div>
</div></td></tr></table>
<div id="floatqq" style="position:absolute;right:0;top:220px">⟦w 材料急用？犁痕写手在线 QQ：2857719043⟧</div>
<table width="980" align="center" class="foot"><tr><td align="center">
⟦d 本站范文仅供写作参考，直接照搬后果自负。⟧<br />
⟦m 犁痕范文网 www.lihenfw.com　浙ICP备19027733号⟧<br />
⟦m 您是本站第 0831562 位访客⟧
</td></tr></table>
<script type="text/javascript">document.write('<img src="/count.asp?id=81734" width="0" height="0" />');</script>
</body></html>
""",
        body="""
同志们：
今天召开全县餐饮油烟治理工作推进会，主要是通报前一阶段治理进展，部署下一步重点任务。刚才，缣溪街道和绨口镇作了交流发言，讲得很实在，大家可以互相借鉴。
一、正视问题，看清油烟扰民的症结
今年以来，县12345热线共受理餐饮油烟投诉三百一十七件。从现场检查看，问题主要有三个：一是部分小餐馆只装了家用油烟机，排风量远远不够；二是净化设备长期不清洗，形同虚设；三是排烟口直对居民窗户。⟦w 讲话稿代笔、材料润色，犁痕写手QQ：2857719043⟧
二、分类施策，把措施落到每一家店
对主干道两侧的餐饮店，八月底前全部安装高效油烟净化设施并联网监控；对背街小巷的小餐馆，由街道牵头统一规划排烟管道；对新开办的餐饮单位，要把好准入关。
三、压实责任，形成齐抓共管的格局
各乡镇、街道要落实属地责任，相关部门要加强联合执法，对整改不到位的依法处罚并公开曝光。
同志们，油烟治理是群众家门口的小事，也是检验我们作风的大事。希望大家真抓实干，让群众早日推开窗户闻到清新空气。
""",
    ),
    dict(
        slug="fanwen-hesui-insight-archive-dehumidifier",
        site="禾穗公文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.hesuiwen.com/xinde/yewu/2025/58810.html",
        title="做好基层档案室除湿防潮工作的心得体会",
        record_title="做好基层档案室除湿防潮工作的心得体会（可编辑）- 禾穗公文网",
        date="2025-07-14",
        notes="a 范文 page in text: an （可编辑） aside and a site suffix; a ghost-writer WeChat line between two paragraphs; the insight's own signature date",
        indent="\u3000\u3000",
        page="""
!m 禾穗公文网 · 写材料的好帮手
!m 当前所在：首页 ＞ 心得体会 ＞ 业务学习心得
!t 做好基层档案室除湿防潮工作的心得体会（可编辑）
!m 收录时间：2025-07-20　浏览：962次
!a 全文复制　｜　生成Word　｜　存入我的文档
{BODY}
!a 免费用户每天可复制3篇，开通禾穗会员不限次数
!l 同类文章：
!l 档案管理业务培训心得（三篇）
!l 乡镇档案规范化建设自查报告
!d 声明：文章由用户自行发布，如涉及侵权请联系本站删除。
!m 禾穗公文网 hesuiwen.com　蜀ICP备2023018664号
""",
        body="""
今年梅雨季前，我参加了县档案馆组织的档案保管业务培训，回来后又跟着馆里的老师把乡档案室的除湿防潮工作从头理了一遍，有几点体会。
一是防潮要靠数据说话。过去我们只是觉得屋里有点潮，这次在库房挂上温湿度计，每天上午、下午各记一次，才发现六月份相对湿度多数时候在百分之七十五以上。
⟦w 不会写？禾穗专人代笔，微信 hesui_bz⟧
二是除湿机要会用、更要管好。乡里去年配的两台除湿机，水箱满了就自动停机，却没人倒水。现在我们明确专人每天清空水箱，每月清洗一次滤网，并登记运行时间。
三是除湿不能代替整理。档案柜贴墙摆放、纸箱直接落地，照样会受潮。我们把档案柜离墙十厘米重新摆放，底层加了垫板。
档案工作没有小事，一台机器、一张记录表，都关系到档案的安全。
罽坪乡党政办　严小禾
2025年7月14日
""",
    ),
    dict(
        slug="wenku-yunjian-survey-treadmill-pdf-markers",
        site="云笺文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.yunjian.example.cn/view/7c1e09ad52.html",
        title="关于缁湖区社区健身房跑步机使用和维护情况的调研报告",
        record_title="关于缁湖区社区健身房跑步机使用和维护情况的调研报告.pdf",
        date="2025-05-08",
        notes="a 文库 reader: a viewer toolbar, ⯁ n ⯁ page markers as paragraphs of their own cutting sentences, a monthly-card paywall and a single-purchase price; file-name title; the signature date",
        pages=dict(fmt="⯁ {n} ⯁", every=130, start=2),
        p_html='<p class="reader-txt">{}</p>',
        page="""
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于缁湖区社区健身房跑步机使用和维护情况的调研报告.pdf - 云笺文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="//static.yunjian.example.cn/reader/v5/app.css">
<script>window.__DOC__={id:"7c1e09ad52",pages:5,free:3};</script>
</head><body>
<header class="yj-top"><a class="logo" href="/">⟦m 云笺文库⟧</a>
<nav>⟦m 首页　专业资料　公文写作　行业报告　教育考试⟧</nav>
<a class="login" href="/passport">⟦a 登录丨免费注册会员⟧</a></header>
<div class="doc-head"><h1>⟦t 关于缁湖区社区健身房跑步机使用和维护情况的调研报告.pdf⟧</h1>
<div class="doc-meta">⟦m 5页　｜　贡献者：文旅小编2019　｜　约2100字⟧</div>
<div class="toolbar">⟦a ◀ 上一页　▶ 下一页　⤢ 全屏　🔍 放大⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="pay-wall"><p>⟦a 还剩2页未读，开通云笺月卡畅读全站⟧</p>
<p><a class="btn">⟦a 立即开通 ¥19.9/月⟧</a> <a class="btn">⟦a 单篇购买 ¥4.90⟧</a></p></div>
<aside class="rel"><h3>⟦l 看了该文档的人还在看⟧</h3>
<ul><li>⟦l 社区体育设施管理维护情况调研报告⟧</li><li>⟦l 全民健身设施使用情况调查问卷⟧</li></ul></aside>
<footer>⟦d 文档内容由贡献者上传，云笺文库仅提供在线阅读，如有侵权请提交申诉。⟧<br>⟦m © 2025 云笺文库　京ICP备2021044105号⟧</footer>
<script src="//static.yunjian.example.cn/reader/v5/app.js"></script>
</body></html>
""",
        body="""
为摸清社区健身房跑步机的使用和维护情况，今年四月，区文体旅局会同区体育总会对全区二十六个社区健身房开展了专题调研，实地查看跑步机八十四台，收回有效问卷五百四十二份。
一、基本情况
全区社区健身房现有跑步机八十四台，调研期间正常使用的六十九台，带病运行的九台，停用待修的六台。问卷显示，晚间七点至九点跑步机基本满负荷运转。
二、存在的问题
一是维护责任不清，部分设备保修期满后无人负责；二是安全提示不足，有十一台跑步机未张贴使用须知，安全夹绳缺失；三是高峰时段排队较长。
三、几点建议
建议由街道与专业公司签订维保合同，每季度巡检一次；为每台跑步机配齐安全夹和须知；推行线上预约，每人每次限时三十分钟。
绡阳市缁湖区文化体育和旅游局
2025年5月8日
""",
    ),
    dict(
        slug="wenku-fangzhou-plan-swim-safety-docx",
        site="方舟文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.fangzhouwk.example.com/p-20250622-55831.html",
        title="纨河镇中小学生暑期防溺水暨游泳安全教育实施方案",
        record_title="纨河镇中小学生暑期防溺水暨游泳安全教育实施方案.docx",
        date="2025-06-20",
        notes="a 文库 preview in text: file-name title repeated, an uploader line with an upload stamp (no date), a voucher row; an 'expand the rest' line between two paragraphs; numbered measures; a preview-end prompt",
        indent="\u3000\u3000",
        page="""
!t 纨河镇中小学生暑期防溺水暨游泳安全教育实施方案.docx
!m 贡献者：海棠老师　上传于 2025-06-22　格式：DOCX　页数：4
!a 下载券 2　｜　加入我的书架　｜　举报本文档
{T}
{BODY}
!a 试读部分已结束，下载文档后可查看第3-4页全部内容
!l 本文档的相关推荐：防溺水安全教育方案｜暑期安全告家长书
!m 方舟文库 · 让知识流动起来
""",
        body="""
为切实做好今年暑期中小学生防溺水工作，引导学生在安全场所学习游泳，结合我镇实际，制定本方案。
一、工作目标
暑期全镇中小学生溺水事故零发生，三年级以上学生防溺水知识知晓率达到百分之百。
二、主要措施
1.开展一次专题教育。放假前各校利用班会课讲解“六不”要求，发放致家长的一封信，家长签字后交回。
⟦a ▼ 点击展开余下全文 ▼⟧
2.组织公益游泳课。镇中心学校与县游泳馆合作，七月分三期开设公益游泳课，学生须自备泳帽、泳镜，不会游泳的学生一律在浅水区练习。
3.加强重点水域巡查。各村安排巡河员，在缣溪沿岸和山塘边设置警示牌，发现学生私自下水及时劝离并告知家长。
三、工作要求
各校校长为第一责任人，每周向镇教办报送一次工作情况。
纨河镇中心学校
2025年6月20日
""",
    ),
    dict(
        slug="gov-kechuan-bulletin-range-hood-spot-check",
        site="缂川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.kechuan.example.gov.cn/zwgk/scjg/202508/t20250818_77120.html",
        title="缂川县市场监督管理局关于2025年第二批家用吸油烟机产品质量监督抽查结果的通报",
        record_title="缂川县市场监督管理局关于2025年第二批家用吸油烟机产品质量监督抽查结果的通报_质量监管_缂川县人民政府",
        date="2025-08-15",
        date_also=["2025-08-18"],
        notes="county portal: 长辈版/读屏 links, an 索引号 table with the 文号 cell unmarked (neutral), a data table one row a paragraph, the bureau's own 联系人/电话 beside the portal's 纠错 line and 12345; 成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>缂川县市场监督管理局关于2025年第二批家用吸油烟机产品质量监督抽查结果的通报_质量监管_缂川县人民政府</title>
<meta name="SiteName" content="缂川县人民政府"><meta name="ColumnName" content="质量监管">
<script src="/js/jquery.min.js"></script><script src="/js/zwgk.js"></script>
</head><body>
<div class="top-bar"><span>⟦m 欢迎访问缂川县人民政府门户网站⟧</span>
<a href="#">⟦a 长辈版⟧</a> <a href="#">⟦a 读屏⟧</a> <a href="#">⟦a 手机版⟧</a></div>
<div class="banner"><h2>⟦m 缂川县人民政府⟧</h2></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 走进缂川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumb">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门信息 &gt; 县市场监管局 &gt; 质量监管⟧</div>
<table class="xxgk-info">
<tr><td>⟦m 索 引 号：1152xk00-07/2025-00412⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：缂川县市场监督管理局⟧</td><td>⟦m 发布日期：2025-08-18⟧</td></tr>
<tr><td>文　　号：缂市监通〔2025〕17号</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<div class="article"><h1>{T}</h1>
<div class="tools">⟦a 字体 A+ A A-　｜　打印正文　｜　关闭本页⟧</div>
<div class="TRS_Editor">
{BODY}
</div></div>
<div class="share">⟦l 分享至：微信　微博　QQ空间⟧</div>
<div class="related"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 2025年第一批电动自行车产品质量抽查结果通报⟧</li><li>⟦l 关于开展燃气灶具质量安全专项整治的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办单位：缂川县人民政府办公室　承办：缂川县政务数据服务中心⟧</p>
<p>⟦m 网站纠错电话：0717-6250012　12345政务服务便民热线⟧</p>
<p>⟦m 网站标识码：4306270021　湘ICP备05003118号　湘公网安备43062702000118号⟧</p>
</div>
<script>var _zwgk_stat = "77120";</script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位，各有关企业：
为提升家用吸油烟机产品质量，保障群众厨房用电和消防安全，县局于2025年7月组织开展了第二批家用吸油烟机产品质量监督抽查，现将结果通报如下。
一、抽查基本情况
本次共抽查县内生产企业和销售门店十四家的产品二十批次，检验项目包括风量、噪声、气味降低度、接地措施和电气强度，发现不合格产品三批次。
二、不合格产品情况
序号　产品名称　标称生产企业　不合格项目
1　侧吸式吸油烟机　缂川县炉火厨电有限公司　风量
2　顶吸式吸油烟机　绡阳市金灶电器厂　噪声、接地措施
3　近吸式吸油烟机　纻溪县清风电器商行（销售）　气味降低度
三、处理要求
对抽查不合格的企业，县局将依法责令整改并立案调查；各销售单位要立即下架同批次产品。
联系人：柏文清　电话：0717-6253118
缂川县市场监督管理局
2025年8月15日
""",
    ),
    dict(
        slug="gov-jianshui-notice-archive-damp-cn-date",
        site="缣水县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jianshui.example.gov.cn/zwgk/tzgg/202507/t20250703_31502.html",
        title="缣水县档案馆关于做好2025年汛期档案防潮工作的通知",
        date="2025-07-02",
        date_also=["2025-07-03"],
        notes="record title as is; 文号 line neutral; the document's 联系人/电话, 附件 list, 抄送 and 印发 lines in the body; 成文日期 in Chinese numerals, the portal's posting date a day later",
        page="""
!m 缣水县人民政府门户网站
!a 无障碍阅读　长者模式　简/繁
!m 首页 → 政务公开 → 通知公告
{T}
!m 发布日期：2025-07-03　来源：县档案馆　浏览次数：376
!a 字号【大 中 小】　打印本页　关闭窗口
缣档发〔2025〕9号
{BODY}
!l 上一条：关于开展档案开放审核工作的通知
!l 下一条：县档案馆2025年上半年工作总结
!m 主办：缣水县人民政府办公室　网站标识码：4312270038
!m 湘ICP备05011207号
""",
        body="""
各乡镇人民政府，县直各单位：
入汛以来，我县降雨偏多，部分单位档案室出现纸张返潮、卷盒发霉现象。为确保档案实体安全，现就有关事项通知如下。
一、各单位档案室要配备除湿机，库房相对湿度控制在百分之四十五至六十之间，每日上午、下午各记录一次温湿度。
二、除湿机水箱要专人每日清空，严禁将除湿机放在档案柜之间或插座下方，人员离开时要检查用电安全。
三、县档案馆将为十个乡镇档案室调配除湿机十台，请各乡镇于7月10日前派人领取。
联系人：县档案馆保管利用科　钟丽萍　电话：0718-5526031
附件：1.档案库房温湿度记录表
2.除湿机领用登记表
缣水县档案馆
二〇二五年七月二日
抄送：县委办公室，县政府办公室。
缣水县档案馆办公室　2025年7月2日印发
""",
    ),
    dict(
        slug="news-xiaoyang-treadmill-stations-app-prompt",
        site="绡阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xiaoyangnews.example.cn/cs/2025-03/28/content_604417.htm",
        title="缁湖区首批社区跑步机“健康驿站”投入使用",
        record_title="缁湖区首批社区跑步机“健康驿站”投入使用 - 城事 - 绡阳新闻网",
        record_date="2025-03-28",
        date="2025-03-28",
        notes="city news portal: an app prompt glued before the lead, a listen button, a photo caption between paragraphs, an editor line glued after the last paragraph, a 24-hour list and an ad slot",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="UTF-8">
<title>缁湖区首批社区跑步机“健康驿站”投入使用 - 城事 - 绡阳新闻网</title>
<meta name="description" content="缁湖区首批社区健康驿站投入使用">
<script async src="//ad.xiaoyangnews.example.cn/slot.js"></script>
</head><body>
<div class="xy-header"><a href="/">⟦m 绡阳新闻网⟧</a><span>⟦m 绡阳市重点新闻网站⟧</span>
<nav>⟦m 首页 | 时政 | 城事 | 区县 | 民生 | 视频 | 评论⟧</nav></div>
<div class="loc">⟦m 您当前的位置 : 绡阳新闻网 &gt; 城事⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-03-28 09:12　来源：绡阳日报　记者：温启航⟧</div>
<div class="listen">⟦a 🔊 听全文（约2分钟）⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转发到：朋友圈　微博　复制链接⟧</div>
</article>
<div class="adslot">⟦a 广告　绡阳春季房交会 3月29日开幕⟧</div>
<aside><h3>⟦l 24小时热文⟧</h3><ol>
<li>⟦l 绡阳地铁2号线全线“洞通”⟧</li><li>⟦l 缁湖公园樱花进入盛花期⟧</li><li>⟦l 市区新增三处夜间便民市集⟧</li></ol></aside>
<footer><p>⟦m 绡阳新闻网版权所有，未经书面授权禁止使用⟧</p><p>⟦m 互联网新闻信息服务许可证：43120230017　举报电话：0735-2210110⟧</p></footer>
</body></html>
""",
        body="""
⟦a 打开绡阳新闻APP，看更多身边事⟧3月27日，缁湖区缜园社区健康驿站正式对居民开放，驿站内新配置的六台智能跑步机成了最受欢迎的设备。这是该区首批投入使用的社区健康驿站之一。
“以前想跑步只能去江边，下雨天就没办法了。”家住缜园社区的退休职工裴桂珍一边在跑步机上快走，一边对记者说。
⟦m 图为居民在缜园社区健康驿站使用跑步机锻炼。记者 温启航 摄⟧
据区文体旅局负责人介绍，驿站里的跑步机都带有心率监测和紧急停止功能，居民刷身份证即可使用，每人每次限用三十分钟。驿站还聘请了两名社会体育指导员，每天晚上到场指导。
今年，缁湖区计划建成十二个社区健康驿站，年底前实现街道全覆盖。⟦m （责任编辑：卢小满）⟧
""",
    ),
    dict(
        slug="news-xieshan-metronome-donation-title-line",
        site="缬山融媒 (invented, county media centre)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xieshanrm.example.cn/jy/20250911/48820.html",
        title="缬山县一中管乐团获赠二十台节拍器",
        record_title=None,
        date="2025-09-11",
        notes="no record title: the title line on the page; a 发布时间 byline is the page's date; a video-channel prompt between paragraphs; hashtags and a hot list under the text",
        page="""
!m 缬山融媒 · 新闻中心
!m 首页 / 教育 / 正文
{T}
!m 发布时间：2025-09-11 16:40　来源：缬山县融媒体中心
!a 听新闻　｜　A+　A-
{BODY}
!l #校园新闻# #乐器捐赠#
!l 热点推荐
!l 缬山县今秋新增公办学位一千二百个
!l 县图书馆少儿阅览室周末延时开放
!m 缬山县融媒体中心主办　投稿邮箱：xsrm_news@163.example.com
""",
        body="""
9月10日教师节当天，县音乐家协会向缬山县第一中学管乐团捐赠电子节拍器二十台、谱架三十个，价值一万二千余元。
管乐团指导教师贺岚介绍，乐团现有学生七十六人，以前合练时只有一台老式机械节拍器，声部分开练习时常常“各走各的拍子”。有了这批节拍器，每个声部都能按统一速度练习，合奏时整齐多了。
⟦a ▶ 进入视频号，观看捐赠现场⟧
县音乐家协会主席梁砚秋表示，协会将继续为全县中小学艺术社团提供器材和师资支持，明年计划再为五所乡镇学校的合唱队配备节拍器和调音器。
""",
    ),
    dict(
        slug="forum-langhua-goggles-fog-jammer",
        site="浪花泳友会 (invented, Discuz-like swimmers' forum)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.langhuayy.example.com/thread-30417-1-1.html",
        title="泳镜起雾的几个土办法，亲测有效",
        record_title="[装备交流] 泳镜起雾的几个土办法，亲测有效 - 装备交流区 - 浪花泳友会",
        date=None,
        notes="Discuz-like thread: jammer fonts glued after sentences and on lines of their own, a relative post time (no date), a rating row, the poster's signature, a reply box",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>[装备交流] 泳镜起雾的几个土办法，亲测有效 - 装备交流区 - 浪花泳友会</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js?Xq3"></script>
</head><body id="nv_forum">
<div id="toptb">⟦m 浪花泳友会　每天游一点，快乐多一点⟧　<a>⟦a 登录⟧</a> <a>⟦a 加入泳友会⟧</a></div>
<div id="pt" class="bm cl">⟦m 浪花泳友会 › 游泳装备 › 装备交流区 › 正文⟧</div>
<div id="postlist">
<table><tr><td class="pls">
<div class="authi">⟦m 蛙泳老韩⟧</div>
<p>⟦m 泳龄六年　积分 3318　泳币 742⟧</p>
</td><td class="plc">
<h1 class="ts"><span>⟦t [装备交流] 泳镜起雾的几个土办法，亲测有效⟧</span></h1>
<div class="hm">⟦m 查看: 4108　|　回复: 57⟧</div>
<div class="authi">⟦m 发表于 3 天前　|　只看楼主　|　倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_30417">
{BODY}
</td></tr></table></div>
<div class="rate">⟦a 评分　参与人数 3　泳币 +6　收起理由⟧</div>
<div class="sign">⟦m 签名：每天一千五，风雨无阻⟧</div>
<div class="po">⟦a 回复　引用　收藏　举报⟧</div>
</td></tr></table></div>
<div class="pgbtn">⟦l 下一主题：分享一下我的泳镜防雾剂开箱⟧</div>
<div id="f_pst">⟦a 登录泳友会后方可回帖，新泳友请先报到⟧</div>
<div id="ft">⟦m 浪花泳友会（粤ICP备18066027号）⟧　⟦m 页面执行 0.047 秒⟧</div>
</body></html>
""",
        body="""
泳龄六年，镜片起雾这事折腾过好多次，说几个我自己试过的办法，供新手参考。
第一，新泳镜别急着擦。很多新泳镜镜片内侧有出厂防雾涂层，用手指或毛巾一擦就掉了。我第一副泳镜就是这么废掉的。
第二，下水前先用池水涮一下。戴之前把泳镜在水里浸一浸，让镜片和水温差不多，起雾会少很多。
第三，防雾剂少量就够。滴一滴在镜片内侧，用清水轻轻冲掉多余的，别涂太厚，不然视线发花。
第四，游完别暴晒。用清水冲干净后放在阴凉处晾干，收进泳镜盒，别跟湿毛巾一起塞进包里。
如果涂层已经掉了，说实话，换一副比较省心。
""",
    ),
    dict(
        slug="forum-qinyou-metronome-practice-junk",
        site="琴友之家 (invented, piano forum)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.qinyouzj.example.com/forum/t-88162.html",
        title="用节拍器练琴三个月，说说我的体会",
        record_title="【练琴打卡】用节拍器练琴三个月，说说我的体会（附速度表） - 钢琴交流 - 琴友之家",
        date=None,
        notes="forum post in text: anti-scraping junk on lines of its own and glued after sentences; a small speed table one row a paragraph; a relative post time and a client line (no date)",
        junk=dict(lines=2, glued=3),
        page="""
!m 琴友之家 » 钢琴交流 » 练琴打卡
!t 【练琴打卡】用节拍器练琴三个月，说说我的体会（附速度表）
!m 楼主：小河边的琴凳　发表于 昨天 22:16　查看 1207　回复 33
!l 只看楼主　｜　倒序看帖　｜　打印本帖
{BODY}
!m 本帖来自琴友之家手机客户端
!l 沙发　左手低音：速度表很实用，抄走了
!l 板凳　Nico妈妈：我家孩子一开节拍器就慌，回头试试只响弱拍
!a 您需要登录才能回复本帖，没有账号？立刻注册
!m 琴友之家 Qinyouzj.com 版权所有
""",
        body="""
三个月前老师让我练车尔尼599的时候一定开节拍器，刚开始特别抵触，觉得被它牵着走。现在回头看，这是我进步最快的一段时间，分享一点体会。
一、先慢后快。每首练习曲我都从每分钟六十拍开始，连续三遍不出错再加四拍，一直加到谱面要求的速度。
二、弱拍也要听清。以前我只盯着重拍，弱拍总是抢，后来把节拍器设成只响弱拍，练了两周，手指稳多了。
三、不要一直开着。每次练到最后十分钟，我会关掉节拍器弹一遍，看看自己心里的拍子是不是稳了。
我用的速度表放在下面，大家可以参考：
第1～4周　每分钟60～72拍
第5～8周　每分钟76～92拍
第9～12周　每分钟96～112拍
""",
    ),
]
