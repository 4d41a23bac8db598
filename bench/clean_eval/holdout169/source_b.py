"""holdout169, part B: mercury thermometers (水银体温计) — a news portal, a nurse's blog, a
sharing page, an education bureau, a pharma intranet, a retired doctor's collection, a
Party-building site, a hospital, a university, a county forum and an old download station.
Invented text; see ../README.md."""

CASES = [
    dict(
        slug="news-mercury-thermometer-exchange-html",
        site="菖岭晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.changlingwb.example.com/shehui/2025-10/14/c_40212.html",
        title="旧水银体温计可到社区卫生站免费换电子体温计",
        record_title="旧水银体温计可到社区卫生站免费换电子体温计_社会_菖岭晚报网",
        date="2025-10-14",
        notes="news portal: channel nav, a byline with time and 来源, a photo caption glued after a sentence, an editor line glued after the last paragraph, hot list and share bar",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>旧水银体温计可到社区卫生站免费换电子体温计_社会_菖岭晚报网</title>
<script async src="/ad/loader.js"></script></head><body>
<div class="channel"><a>⟦l 要闻⟧</a><a>⟦l 社会⟧</a><a>⟦l 民生⟧</a><a>⟦l 视频⟧</a><a>⟦l 数字报⟧</a></div>
<div class="loc">⟦m 菖岭晚报网 > 社会 > 正文⟧</div>
<h1>⟦t 旧水银体温计可到社区卫生站免费换电子体温计⟧</h1>
<div class="byline">⟦m 2025-10-14 07:35　来源：菖岭晚报　记者 柯蔓⟧</div>
<div class="txt">
{BODY}
</div>
<div class="share">⟦l 转发到：微博 | 微信 | QQ空间⟧</div>
<div class="hot"><h4>⟦l 24小时热读⟧</h4><ol><li>⟦l 城东菜场改造后首个周末⟧</li><li>⟦l 今冬首场寒潮下周抵达⟧</li></ol></div>
<div class="ft">⟦d 菖岭晚报网版权所有，转载须注明出处⟧ ⟦m 互联网新闻信息服务许可证 4312025003⟧</div>
</body></html>
""",
        body="""
记者从市卫健委获悉，10月15日起，全市四十六个社区卫生服务站开展“以旧换新”活动，市民可用家中的旧水银体温计免费换一支电子体温计。
根据有关国际公约，我国自2026年起全面禁止生产含汞体温计，家中存放的旧体温计一旦打碎，汞蒸气会危害健康。⟦m 图为社区医生向居民演示电子体温计的用法。⟧
每户限换两支，换回的水银体温计由卫生站统一封存，交有资质的单位处置。
市卫健委提醒，体温计不慎打碎时，应开窗通风，用湿纸巾收集汞珠后密封，切勿用吸尘器吸。⟦m （责任编辑：邵泉）⟧
""",
    ),
    dict(
        slug="blog-nurse-mercury-spill-notes",
        site="白衣小记 · 护士博客 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="https://baiyixiaoji.example.blog.com/2025/11/mercury.html",
        title="病房里打碎一支体温计之后",
        record_title="【随记】病房里打碎一支体温计之后 – 白衣小记",
        date="2025-11-20",
        notes="blog: bracketed post time as the page date, tag cloud, archive, comments; a sentence about sharing as content",
        page="""
!m 白衣小记 — 一个儿科护士的值班笔记
!l 首页 | 随记 | 护理技术 | 关于我
!t 【随记】病房里打碎一支体温计之后
!m [2025-11-20 23:48]　分类：随记　阅读(392)
{BODY}
!l 标签：体温计　汞　护理安全
!l 归档：2025年11月(4)　2025年10月(6)
!l 3 条评论　| 小鹿护士：我们科也在换电子的了
!a 发表评论（需登录）
""",
        body="""
今晚八床的小朋友一挥手，把夹在腋下的水银体温计甩到了地上。
我第一反应是把孩子和家长带离床边，开窗，关掉空调，然后戴上手套，用硬纸片把汞珠一点点拢到一起。
收好的汞珠装进有水的密封瓶，贴上标签交给了医废暂存间。
这件事让我决定写下来分享给同行：病区里能换电子体温计的，尽早换吧。
""",
    ),
    dict(
        slug="docshare-mercury-free-hospital-report-cn-date",
        site="文享网 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.wenxiang.example.com/doc/5510287.html",
        title="关于全县医疗机构淘汰含汞体温计情况的调研报告",
        record_title="关于全县医疗机构淘汰含汞体温计情况的调研报告.pdf",
        date="2025-09-26",
        notes="file-name title; 成文日期 in Chinese numerals under the signature; a data table; an upload notice and a points prompt",
        page="""
!m 文享网 - 文档分享平台
!t 关于全县医疗机构淘汰含汞体温计情况的调研报告.pdf
!m 页数：5　大小：412KB　下载：36次　上传：2025-10-08
!a 所需积分：3　【下载】　【加入文件夹】
{BODY}
!d 文档为网友分享，本站不保证内容的准确性；如涉及版权问题，请来信告知，核实后删除
!l 同类文档：医疗废物管理自查报告　院感防控培训课件
""",
        body="""
为掌握全县医疗机构含汞体温计淘汰进度，县卫健局组织调研组于9月对二十八家医疗机构进行了实地调研。
一、基本情况。全县医疗机构在用体温计共一万一千余支，其中电子体温计和红外体温计占比已达百分之六十四。
机构类别　调研数量　已全部替换　部分替换
县级医院　3　2　1
乡镇卫生院　15　6　9
社区卫生服务中心　10　5　5
二、存在问题。部分乡镇卫生院替换资金不足，个别机构回收的旧体温计未按危险废物管理。
三、建议。将替换资金纳入年度预算，统一回收渠道，年底前实现全县医疗机构无汞化。
县卫生健康局调研组
二〇二五年九月二十六日
""",
    ),
    dict(
        slug="edu-kindergarten-thermometer-notice-html",
        site="芩湾区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.qinwan.example.gov.cn/tzgg/2025/0901/3357.html",
        title="关于幼儿园晨午检停用水银体温计的通知",
        record_title="关于幼儿园晨午检停用水银体温计的通知",
        date="2025-09-01",
        notes="education bureau: 无障碍/关怀版 links, a document number line (neutral), a download sentence in the body, the document's own contact beside the site's webmaster mailbox",
        page="""
<html><head><meta charset="utf-8"><title>芩湾区教育局</title></head><body>
<div class="topbar">⟦a 无障碍⟧ ⟦a 关怀版⟧ ⟦m 今天是：2025年9月1日 星期一⟧</div>
<div class="banner">⟦m 芩湾区教育局　立德树人 办好人民满意的教育⟧</div>
<ul class="menu"><li>⟦l 机构概况⟧</li><li>⟦l 教育动态⟧</li><li>⟦l 通知公告⟧</li><li>⟦l 办事服务⟧</li></ul>
<div class="here">⟦m 当前位置：首页-通知公告⟧</div>
<h2>⟦t 关于幼儿园晨午检停用水银体温计的通知⟧</h2>
<p>芩教发〔2025〕41号</p>
{BODY}
<div class="tools">⟦a 【字号 大 中 小】⟧ ⟦a 【打印此页】⟧</div>
<div class="foot">⟦m 站长信箱：web@qinwanedu.example.gov.cn⟧ ⟦m 苏ICP备2025011238号⟧</div>
</body></html>
""",
        body="""
各公办、民办幼儿园：
为防止幼儿误咬误碰造成汞暴露，自2025年秋季学期起，全区幼儿园晨午检一律停用水银体温计，改用额温枪或电子体温计。
各园须于9月15日前完成替换，并将旧体温计交区疾控中心统一回收，不得混入生活垃圾。
晨午检记录表样式已更新，请登录区教育局网站“下载中心”下载使用。
联系人：许老师，电话：0513-8627701。
芩湾区教育局
2025年9月1日
""",
    ),
    dict(
        slug="oa-pharma-thermometer-line-shutdown-html",
        site="蕨溪医疗器械股份公司 协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.juexi-med.example.local/doc/view?id=88412",
        title="关于含汞体温计生产线关停转产的会议纪要",
        record_title="内部文件-关于含汞体温计生产线关停转产的会议纪要",
        date="2025-08-06",
        notes="intranet document view: 流转记录, read count, 时间/地点/主持/参会/记录 lines of minutes, a vote count",
        page="""
<html><head><meta charset="utf-8"><title>文档查看 - 协同办公平台</title><script src="/oa/core.js"></script></head><body>
<div class="oa-top">⟦m 蕨溪医疗器械 · 协同办公平台⟧ ⟦m 当前用户：生产部 汪敏⟧ ⟦a 退出⟧</div>
<div class="oa-tabs">⟦l 待办(12)⟧ ⟦l 已办⟧ ⟦l 公文⟧ ⟦l 通讯录⟧</div>
<h3>⟦t 关于含汞体温计生产线关停转产的会议纪要⟧</h3>
<div class="docinfo">⟦m 文号：蕨医纪〔2025〕17号　密级：内部　阅读 214 次⟧</div>
<div class="doc">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4><p>⟦m 2025-08-07 09:12 办公室 拟稿⟧</p><p>⟦m 2025-08-07 15:40 总经理 签发⟧</p></div>
<div class="ops">⟦a 下载正文⟧ ⟦a 打印⟧ ⟦a 转发⟧</div>
</body></html>
""",
        body="""
时间：2025年8月6日下午2时30分
地点：公司三楼第一会议室
主持：总经理 邢光远
参会：公司班子成员，生产部、技术部、销售部、财务部负责人
记录：汪敏
会议研究了含汞体温计生产线关停转产事项，形成以下意见：
一、含汞体温计生产线于2025年10月底前全面停产，库存半成品按危险废物委托处置。
二、原生产线人员经培训后转入电子体温计车间，不裁员、不降薪。
三、销售部做好老客户的替代产品推介工作。
会议对转产方案进行表决，应到9人，实到9人，同意9票。
""",
    ),
    dict(
        slug="anthology-retired-doctor-thermometer-essay",
        site="《杏林旧话》个人文集 (invented)",
        style="个人文集",
        genre="随笔",
        kind="essay",
        form="text",
        source="http://www.xinglinjh.example.net/wenji/juan2/047.html",
        title="一支体温计的四十年",
        record_title="《杏林旧话》卷二·第47篇｜一支体温计的四十年",
        date=None,
        notes="collection reader: volume nav, prev/next chapters; 写于 year only (no date); a reprint notice",
        page="""
!m 杏林旧话 · 乡村医生苗德润文集
!l 目录　卷一　卷二　卷三
!t 《杏林旧话》卷二·第47篇｜一支体温计的四十年
{BODY}
!m （写于2024年冬，病中）
!l ← 第46篇 药箱　　第48篇 夜路 →
!d 文集由家属整理上网，转载请与家属联系
""",
        body="""
我行医的第一件家当，是一支装在铝管里的水银体温计。
那时候村里发烧的孩子多，夜里敲门的也多，我总是先把体温计在袖口上擦一擦，再甩到三十五度以下。
四十年里，这样的体温计我用坏了十几支，每一支碎了，都要趴在地上把汞珠找干净。
如今卫生室换上了电子的，一滴就响，我却还把那支旧铝管留在抽屉里。
""",
    ),
    dict(
        slug="party-hospital-branch-lecture-html",
        site="蘩州市卫生健康先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://djw.fanzhou.example.gov.cn/dkjg/2025/0622/1034.html",
        title="守护群众健康要从一支体温计做起——在医院党委专题党课上的讲稿",
        record_title="【党课讲稿】守护群众健康要从一支体温计做起——在医院党委专题党课上的讲稿",
        date="2025-06-20",
        date_also=["2025-06-22"],
        notes="Party-building portal: speaker line and date under the speech title (neutral), page date differs",
        page="""
<html><head><meta charset="utf-8"><title>【党课讲稿】守护群众健康要从一支体温计做起</title></head><body>
<div class="logo">⟦m 蘩州市卫生健康先锋网⟧</div>
<div class="nav">⟦l 首页 | 支部建设 | 党课讲稿 | 先锋人物 | 学习资料⟧</div>
<div class="path">⟦m 位置：首页 > 党课讲稿⟧</div>
<h2>⟦t 【党课讲稿】守护群众健康要从一支体温计做起⟧</h2>
<div class="pubinfo">⟦m 发布：2025-06-22　来源：市二医院党委　点击：567⟧</div>
<div class="content">
<p>守护群众健康要从一支体温计做起</p>
<p>——在医院党委专题党课上的讲稿</p>
<p>市第二人民医院党委书记　钱振华</p>
<p>（2025年6月20日）</p>
{BODY}
</div>
<div class="rel">⟦l 推荐阅读：以高质量党建引领公立医院发展⟧</div>
<div class="ft">⟦d 版权所有：蘩州市卫生健康委员会⟧ ⟦m 技术支持：蘩州政务云⟧</div>
</body></html>
""",
        title_also=["守护群众健康要从一支体温计做起"],
        body="""
同志们：
今天这堂党课，我想从一件小事讲起：我院全面停用了水银体温计。
这件事看起来小，却关系到每一位患者和医护人员的安全，体现的是我们党员对群众健康负责的态度。
全院各党支部要把“小切口”当作“大民生”来抓，在病区改造、医疗废物管理中发挥战斗堡垒作用。
""",
    ),
    dict(
        slug="hospital-thermometer-usage-guide-html",
        site="萸川县人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="article",
        form="html",
        source="https://www.yczyy.example.com/jkkp/2025/1203/918.html",
        title="发烧了怎么量体温？儿科护士教你用好电子体温计",
        record_title="【护理部】发烧了怎么量体温？儿科护士教你用好电子体温计",
        date="2025-12-03",
        notes="hospital page: a floating booking box with a 24-hour line and a booking line, the department's own consultation number in the body",
        page="""
<html><head><meta charset="utf-8"><title>发烧了怎么量体温？-萸川县人民医院</title></head><body>
<div class="head">⟦m 萸川县人民医院　二级甲等综合医院⟧ ⟦m 24小时急诊：0719-5120120⟧</div>
<div class="mainnav">⟦l 医院概况⟧ ⟦l 科室导航⟧ ⟦l 专家介绍⟧ ⟦l 健康科普⟧ ⟦l 就医指南⟧</div>
<div class="crumb">⟦m 首页 / 健康科普 / 护理园地⟧</div>
<h1>⟦t 发烧了怎么量体温？儿科护士教你用好电子体温计⟧</h1>
<div class="art-info">⟦m 作者：儿科 韩露　发布于：2025-12-03　浏览：1450⟧</div>
{BODY}
<div class="float-book">⟦w 预约挂号 0719-5129999 ｜ 微信搜索“萸川县人民医院”预约⟧</div>
<div class="foot">⟦m 地址：萸川县人民路88号⟧ ⟦d 本站健康科普内容仅供参考，不能代替医生面诊⟧</div>
<script>initFloat();</script>
</body></html>
""",
        body="""
冬季是儿童发热高发季节，不少家长已经把家里的水银体温计换成了电子体温计，但测得准不准，关键看方法。
1.测腋温前先擦干腋下汗水，把探头放在腋窝正中，让孩子夹紧手臂。
2.听到提示音后再多等半分钟读数，结果更接近真实体温。
3.电子体温计用完后用酒精棉片擦拭探头，不要整支浸泡在水里。
孩子持续高热不退或精神差，请及时就诊。儿科护理咨询电话：0719-5126032（工作日8:00-17:30）。
""",
    ),
    dict(
        slug="university-lab-mercury-safety-notice",
        site="莳田理工学院 化学与材料学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://chem.shitian-tech.example.edu.cn/info/1021/6604.htm",
        title="关于清理实验室含汞温度计的通知",
        record_title="关于清理实验室含汞温度计的通知-化学与材料学院",
        date="2025-03-05",
        notes="university sub-site: site suffix title, publisher/date/views line, the document's own e-mail next to a webmaster mail; a numbered list",
        page="""
!m 莳田理工学院　化学与材料学院
!l 学院首页　学院概况　本科教学　科学研究　实验室安全
!t 关于清理实验室含汞温度计的通知-化学与材料学院
!m 发布者：实验中心　发布时间：2025-03-05　浏览次数：733
{BODY}
!l 【关闭】　【返回顶部】
!m 版权所有 © 莳田理工学院化学与材料学院　联系我们：chemweb@shitian-tech.example.edu.cn
""",
        body="""
各课题组、教学实验室：
为降低实验室汞暴露风险，学院决定于3月10日至3月28日集中清理含汞温度计和体温计。
1. 各课题组清点本组含汞器具，3月14日前填写清理登记表。
2. 破损器具用密封容器盛装，贴好标签，统一送至实验楼A112危废暂存点。
3. 确需保留的含汞标准温度计，须专柜存放、专人管理。
有关问题请联系实验中心杜老师，邮箱：dulab@shitian-tech.example.edu.cn。
化学与材料学院实验中心
2025年3月5日
""",
    ),
    dict(
        slug="localforum-thermometer-recycling-point-complaint",
        site="蕨溪在线·民生论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="post",
        form="text",
        source="http://bbs.juexi-online.example.com/forum.php?mod=viewthread&tid=551902",
        title="家里的旧体温计到底该扔哪？跑了三个地方都不收",
        record_title="家里的旧体温计到底该扔哪？跑了三个地方都不收 - 民生热线 - 蕨溪在线",
        date=None,
        notes="county forum complaint: relative post time (no date), a moderator's reply box, a board rule notice",
        page="""
!m 蕨溪在线 » 民生热线 » 查看帖子
!d 版规：发帖请如实反映情况，禁止人身攻击，违者删帖
!t 家里的旧体温计到底该扔哪？跑了三个地方都不收 - 民生热线
!m 溪畔老周　发表于 昨天 20:17　|　楼主
{BODY}
!l 版主回复：已转相关部门，请耐心等待答复。
!l 沙发　2楼 | 小橘子：同问，我家有四支
!a 回复　引用　举报
""",
        body="""
家里翻出四支老式水银体温计，听说不能扔进垃圾桶。
先去了小区的有害垃圾箱，保洁说只收电池和灯管；又去药店，店员说没有回收业务；最后去了社区医院，说要等统一活动。
希望有关部门能公布一个固定的回收点，让老百姓少跑腿。
""",
    ),
    dict(
        slug="download-thermometer-ppt-old-asp-html",
        site="绿荫资料站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.lvyin-down.example.net/soft/show.asp?id=20917",
        title="社区无汞体温计替换宣传活动方案",
        record_title="社区无汞体温计替换宣传活动方案.doc下载",
        date=None,
        notes="old gb2312 ASP table layout: file-info table, three mirror links, an error report, a marquee; no date (update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>社区无汞体温计替换宣传活动方案.doc下载 - 绿荫资料站</title></head>
<body><table width="960" align="center"><tr><td>
<marquee>⟦m 绿荫资料站 —— 每日更新万份实用文档⟧</marquee>
<table class="nav"><tr><td>⟦l 首页⟧</td><td>⟦l 方案策划⟧</td><td>⟦l 总结报告⟧</td><td>⟦l 讲话致辞⟧</td></tr></table>
<table class="info"><tr><td>⟦t 社区无汞体温计替换宣传活动方案⟧</td></tr>
<tr><td>⟦m 文件大小：36 KB　文件格式：.doc　更新时间：2025-07-19⟧</td></tr>
<tr><td>⟦m 授权方式：免费　下载次数：1067⟧</td></tr></table>
<table class="desc"><tr><td>⟦m 资料简介：⟧</td></tr><tr><td>
{BODY}
</td></tr></table>
<table class="dl"><tr><td>⟦a 电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 本地高速下载⟧</td></tr></table>
<table><tr><td>⟦a 下载地址无效？点此报错⟧</td></tr></table>
<table><tr><td>⟦d 本站资料均来自网络，仅供学习参考，如有侵权请联系站长⟧</td></tr></table>
</td></tr></table></body></html>
""",
        body="""
一、活动目的：引导居民上交家中旧水银体温计，普及体温计破碎后的正确处理方法。
二、活动时间：××月××日上午9:00—11:30。
三、活动内容：设置回收台，一支旧体温计兑换一支电子体温计；现场演示汞珠收集方法；发放宣传折页。
四、人员分工：社区网格员负责宣传发动，社区医生负责现场讲解，志愿者负责登记和秩序。
""",
    ),
]
