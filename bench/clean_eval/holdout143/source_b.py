"""holdout143, part B: written blind. Invented sites, counties, people, URLs and chrome wording."""

CASES = [
    dict(
        slug="collection-xuting-essay-guangong-wrapped",
        site="徐汀文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://xuting-wencun.example.org/juan2/041.html",
        title="在全县关心下一代工作委员会全体会议上的讲话",
        record_title="《徐汀文存》卷二·第41篇丨在全县关心下一代工作委员会全体会议上的讲话",
        date="2024-11-26",
        notes="personal collection: hard-wrapped at 58 columns with indent; date under title in Chinese numerals; speaker line neutral; collection nav and copyright",
        wrap=58,
        indent="　　",
        page="""
!m 徐汀文存 · 卷二　讲话与报告
!l ‹ 前一篇　目录　后一篇 ›
{T}
（二〇二四年十一月二十六日）
县关工委常务副主任　徐汀
{BODY}
!l 本卷目录｜卷一 序跋　卷二 讲话与报告　卷三 杂记
!d 文存由作者家属整理，文字版权归徐汀先生所有。
""",
        body="""
同志们：
今天召开县关工委全体会议，主要任务是总结今年工作，研究部署明年的重点任务。一年来，全县各级关工委组织紧紧围绕立德树人根本任务，做了大量扎实细致的工作。
一是“五老”队伍不断壮大。全县登记在册的老干部、老战士、老专家、老教师、老模范达到二千一百多人，比去年增加一百六十人。
二是关爱帮扶精准有效。各乡镇关工委结对帮扶困境儿童四百三十七名，为留守学生开展课后辅导一万余课时。
三是阵地建设持续加强。新建村级关工委工作站十二个，全县校外辅导站达到六十八个。
明年，我们要坚持把思想引领放在首位，组织“五老”走进学校讲好家乡故事，让青少年在身边的榜样中汲取力量。
同志们，关心下一代是一项功在当代、利在千秋的事业，让我们老有所为，共同为孩子们的健康成长再尽一份力。
""",
    ),
    dict(
        slug="party-jinfeng-opera-troupe-branch-html",
        site="晋峰先锋网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.jinfengxianfeng.example.cn/jcdj/202412/t20241230_3112.html",
        title="县晋剧团党支部2024年党建工作总结",
        record_title="县晋剧团党支部2024年党建工作总结_基层党建_晋峰先锋网",
        date="2024-12-30",
        notes="modern Party-building portal: header slogan, column nav, 发布日期 byline, inline 字号 row, 专题 sidebar, QR follow box, footer with 备案号",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>县晋剧团党支部2024年党建工作总结_基层党建_晋峰先锋网</title>
<script>window.__cfg={site:"jfxf",col:"jcdj"};</script></head>
<body>
<header><div class="brand">⟦m 晋峰先锋网 · 中共晋峰县委组织部主办⟧</div>
<nav>⟦m 首页　要闻　基层党建　党员教育　人才工作　专题专栏⟧</nav></header>
<div class="breadcrumbs">⟦m 首页 / 基层党建 / 支部风采⟧</div>
<article>
<h2>⟦t 县晋剧团党支部2024年党建工作总结⟧</h2>
<div class="info">⟦m 发布日期：2024-12-30　信息来源：县文化馆党总支　浏览：622⟧　<span>⟦a 字号：A+ A A-⟧</span></div>
{BODY}
</article>
<aside><h3>⟦l 专题专栏⟧</h3><ul><li>⟦l 学习贯彻党的二十届三中全会精神⟧</li><li>⟦l 党纪学习教育⟧</li></ul>
<div class="qr">⟦a 扫一扫 关注晋峰先锋⟧</div></aside>
<footer>⟦d 版权所有 中共晋峰县委组织部⟧　⟦m 晋ICP备16003218号⟧　⟦m 晋公网安备14072302000071号⟧</footer>
</body></html>
""",
        body="""
2024年，县晋剧团党支部坚持党建引领业务发展，把“三会一课”与排练演出深度融合，支部战斗堡垒作用进一步增强。
一、强化政治引领。全年召开支委会十二次、党员大会四次，讲授专题党课三次，组织党员赴革命老区开展主题党日活动两次。
二、推动文艺惠民。党员演员带头组建“送戏下乡”小分队，全年深入乡村演出一百二十六场，观众达六万余人次。
三、抓好人才传承。实行党员名角“一带二”师徒结对，新排传统剧目《打金枝》片段两出，三名青年演员在省晋剧青年演员大赛中获奖。
四、存在不足。部分青年党员理论学习不够主动，支部活动形式还比较单一。
2025年，支部将围绕“戏曲进校园”开展党员先锋岗创建，让古老的晋剧在新时代焕发新活力。
""",
    ),
    dict(
        slug="hospital-yanchi-hyperbaric-oxygen-html",
        site="砚池市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ycsdeyy.example.com/yygg/2025/0303/1188.html",
        title="高压氧治疗中心恢复开放及就诊须知",
        record_title="高压氧治疗中心恢复开放及就诊须知",
        record_date="2025-03-03",
        date="2025-03-03",
        notes="hospital site: appointment hotline and floating consult box (chrome) next to the department's own 咨询电话 (kept); numbered rules; a sentence telling patients to 扫码 kept",
        page="""
<html><head><meta charset="utf-8"><title>高压氧治疗中心恢复开放及就诊须知-砚池市第二人民医院</title></head>
<body>
<div class="top">⟦m 砚池市第二人民医院　三级综合医院⟧　⟦w 预约挂号热线：0759-96120⟧</div>
<div class="menu">⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 健康科普 | 医院公告⟧</div>
<div class="pos">⟦m 位置：首页 - 医院公告⟧</div>
<div class="news">
<h1>⟦t 高压氧治疗中心恢复开放及就诊须知⟧</h1>
<p class="src">⟦m 时间：2025-03-03　供稿：高压氧治疗中心　点击：903⟧</p>
{BODY}
</div>
<div class="float-box">⟦w 在线咨询⟧ ⟦w 免费回电⟧ ⟦a 返回顶部⟧</div>
<div class="foot">⟦m 地址：砚池市滨湖路2号　邮编：524300⟧<br>⟦d Copyright © 砚池市第二人民医院 All Rights Reserved⟧</div>
</body></html>
""",
        body="""
经过三个月的设备更新改造，我院高压氧治疗中心将于2025年3月10日恢复开放。改造后新增十八人位空气加压舱一座，可同时满足多人次治疗需求。
一、适应证：一氧化碳中毒、突发性耳聋、脑外伤恢复期、糖尿病足等，具体由专科医师评估后开具治疗单。
二、治疗前请勿饮酒，不宜过饥过饱，进舱前须换穿纯棉衣物。
三、严禁携带手机、打火机、电子手表、暖宝宝等易燃易爆及电子物品进舱。
四、患者可扫描治疗中心门口的二维码，提前观看进舱安全宣教视频。
治疗时间：周一至周六8:00—11:30，14:30—17:30。
高压氧治疗中心咨询电话：0759-3318627。
""",
    ),
    dict(
        slug="univ-beiling-postdoc-recruitment",
        site="北陵大学 (invented)",
        style="高校官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://rsc.beiling-univ.example.edu.cn/info/1024/5518.htm",
        title="北陵大学化学化工学院2025年博士后研究人员招收公告",
        record_title="北陵大学化学化工学院2025年博士后研究人员招收公告-人事处",
        date="2025-04-07",
        notes="university HR page: record title with -dept; 发布者/时间 line (page date); the document's own contact and email kept beside the site's footer phone; numbered list",
        page="""
!m 北陵大学人事处 | Human Resources Office
!m 首页 ＞ 人才招聘 ＞ 博士后招收
{T}
!m 发布者：人事处博士后管理办公室　　发布时间：2025-04-07　　浏览次数：2166
{BODY}
!a 【打印此页】【关闭】
!l 上一条：2025年度高层次人才招聘简章
!l 下一条：关于做好博士后出站考核工作的通知
!m 地址：北陵市学府大道88号　电话：024-86550011　邮编：110166
!d Copyright© 北陵大学人事处 版权所有
""",
        body="""
北陵大学化学化工学院现有化学、化学工程与技术两个博士后科研流动站，因学科发展需要，现面向海内外招收博士后研究人员。
一、招收方向：新能源材料、绿色催化、精细化工、分离工程。
二、申请条件：
1. 近三年内获得博士学位，年龄一般不超过35周岁；
2. 以第一作者发表高水平学术论文两篇以上；
3. 身体健康，能全职在站从事研究工作。
三、待遇：年薪不低于二十五万元，提供博士后公寓或住房补贴，子女入学按学校有关规定办理。
四、申请方式：请将个人简历、代表性成果发送至联系人邮箱，邮件标题注明“博士后申请+姓名+方向”。
联系人：钟老师，电话：024-86552213，邮箱：hgpostdoc@beiling-univ.example.edu.cn。
""",
    ),
    dict(
        slug="localforum-shawan-grid-worker-junk",
        site="沙湾在线 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.shawanzx.example.com/forum.php?mod=viewthread&tid=88012",
        title="致全镇居民的一封信——请支持网格员入户走访",
        record_title="致全镇居民的一封信——请支持网格员入户走访【沙湾在线】",
        date="2025-05-06",
        notes="local forum: decorated title, junk as lines and glued after 。, the letter's own 网格服务电话 kept, floor and reply box chrome",
        junk=dict(lines=1, glued=2),
        page="""
!m 沙湾在线 ›› 沙湾镇事 ›› 政务通知
{T}
!m 发帖：沙湾镇综治中心　　2025-05-06 10:22　　[只看楼主] [倒序浏览]
{BODY}
!l 分享到：朋友圈　QQ群　微博
!m 2#　吃瓜镇民　　2025-05-06 11:03
!l 网格员上次来我家登记过了，态度挺好。
!a 快速回复（请文明发言）　　发表
""",
        body="""
全镇广大居民朋友们：
为进一步摸清人口底数，及时掌握群众急难愁盼问题，镇党委、镇政府决定于5月至6月组织全镇一百零四名网格员开展入户走访。
网格员走访时会佩戴统一工作证，主要了解家庭人员变动、老人和儿童生活状况、安全隐患等情况，不会索要银行卡号、密码和验证码。
如对网格员身份有疑问，可拨打镇网格服务电话0736-7281100核实。
请大家打开家门，给网格员一份理解和支持，共同建设平安和谐的沙湾。
沙湾镇综合治理中心
2025年5月6日
""",
    ),
    dict(
        slug="download-haiyun-lithium-safety-rules-old-table",
        site="海韵资料下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.haiyunzl.example.com/soft/anquan/22761.html",
        title="锂电正极材料车间粉尘防爆安全管理制度",
        record_title="锂电正极材料车间粉尘防爆安全管理制度.doc下载",
        date=None,
        notes="old download-station table: file info table, mirror links, dead-link report, 推荐指数; rules speak of 打印 and 扫码 (kept); no date (only update stamp)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>锂电正极材料车间粉尘防爆安全管理制度.doc下载_海韵资料下载站</title></head>
<body>
<table width="960" align="center"><tr><td>⟦m 海韵资料下载站　—　专注企业管理资料⟧</td><td>⟦a 会员中心⟧ ⟦a 上传资料⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 当前位置：首页 → 安全管理 → 规章制度⟧</td></tr></table>
<table width="960" align="center" border="1">
<tr><td>⟦m 资料名称：⟧</td><td>⟦t 锂电正极材料车间粉尘防爆安全管理制度⟧</td></tr>
<tr><td>⟦m 资料大小：48 KB⟧</td><td>⟦m 资料类型：doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-02-17⟧</td><td>⟦m 推荐指数：★★★★☆⟧</td></tr>
<tr><td colspan="2">⟦m 资料简介：⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址：电信下载1　联通下载2　本地高速下载⟧</td></tr>
<tr><td colspan="2">⟦a 下载地址无效？点此报告错误⟧</td></tr>
</table>
<table width="960" align="center"><tr><td>⟦d 本站资料均来自网络，仅供交流学习，如有侵权请来信告知，我们会尽快删除。⟧</td></tr>
<tr><td>⟦m Copyright 2008-2025 海韵资料下载站　鄂ICP备10021983号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为防止正极材料车间粉尘爆炸事故，保障员工生命和公司财产安全，制定本制度。
第二条　车间内除尘系统必须与生产设备联锁，除尘系统未正常运行的，不得启动烘干、粉碎、筛分设备。
第三条　车间地面、设备表面和管道积尘每班清扫，清扫应采用负压吸尘，严禁使用压缩空气吹扫。
第四条　进入车间人员须穿戴防静电工作服和防静电鞋，严禁携带火种。
第五条　动火作业实行审批制度，作业人员须扫描车间入口二维码完成安全告知确认，并打印动火作业票随身携带。
第六条　本制度由安全环保部负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="rsks-pingchuan-interview-notice-html",
        site="平川市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.pcrsks.example.gov.cn/kwgg/2025/06/10/art_221_9940.html",
        title="平川市2025年度事业单位公开招聘工作人员面试公告",
        record_title="【考务公告】平川市2025年度事业单位公开招聘工作人员面试公告",
        date="2025-06-10",
        notes="exam site: decorated record title; schedule table rows with ideographic spaces; a sentence to 下载并打印 the interview notice kept; the committee's 咨询电话 kept beside the site's technical support line",
        page="""
<html><head><meta charset="utf-8"><title>平川市人事考试网</title></head>
<body>
<div class="hd">⟦m 平川市人事考试网　平川市人事考试中心⟧</div>
<div class="nav">⟦m 首页 · 考试公告 · 考务信息 · 成绩查询 · 证书发放 · 政策法规⟧</div>
<div class="loc">⟦m 您的位置：首页＞考务信息⟧</div>
<div class="art">
<div class="tit">⟦t 平川市2025年度事业单位公开招聘工作人员面试公告⟧</div>
<div class="ly">⟦m 发布时间：2025年06月10日　文章来源：考试中心　【字体：大 中 小】⟧</div>
{BODY}
</div>
<div class="ft">⟦w 网站技术支持：0813-96655（工作日）⟧<br>⟦d 平川市人事考试中心 主办　未经许可不得复制⟧<br>⟦m 蜀ICP备12007345号⟧</div>
</body></html>
""",
        body="""
根据《平川市2025年度事业单位公开招聘工作人员公告》，现将面试有关事项公告如下：
一、面试时间安排
日期　上午　下午
6月21日　教育类岗位　卫生类岗位
6月22日　综合类岗位　农业技术类岗位
二、面试地点：平川市职业技术学校（平川市新城区明德路16号）。
三、请进入面试的考生于6月17日9:00至6月20日17:00登录本网站下载并打印面试通知书。
四、考生须于面试当天7:30前凭面试通知书和有效居民身份证进入候考室，8:00仍未进入的视为自动放弃。
五、面试采取结构化面试方式，面试成绩满分100分，合格分数线为60分。
咨询电话：0813-2165520（市人力资源和社会保障局事业单位人事管理科）。
平川市人力资源和社会保障局
2025年6月10日
""",
    ),
    dict(
        slug="tender-yuxi-organic-certification-result",
        site="禹溪县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ggzy.yuxi.example.gov.cn/jyxx/002001/20250714/7f3a.html",
        title="禹溪县有机农产品认证服务采购项目成交结果公告",
        record_title="禹溪县有机农产品认证服务采购项目成交结果公告",
        date="2025-07-14",
        notes="tender portal: result table rows; purchaser and agency contacts kept beside a CA-lock hotline (chrome); 信息来源 line; 相关公告 list",
        page="""
!m 禹溪县公共资源交易网
!m 交易信息 ＞ 政府采购 ＞ 结果公告
{T}
!m 【信息时间：2025-07-14】【阅读：214】【我要打印】【关闭】
{BODY}
!w 投标工具、CA锁办理咨询：400-017-6688
!l 相关公告：
!l 禹溪县有机农产品认证服务采购项目竞争性磋商公告
!l 禹溪县有机农产品认证服务采购项目更正公告（一）
!d 本网站发布的信息仅供参考，以书面文件为准
""",
        body="""
一、项目编号：YXCG-2025-0612
二、项目名称：禹溪县有机农产品认证服务采购项目
三、成交信息
供应商名称　成交金额（元）　服务期
东澜有机认证中心有限公司　386000　12个月
四、主要服务内容：为全县二十六家农业经营主体提供有机产品认证、年度监督检查和认证咨询培训服务。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：禹溪县农业农村局　联系人：侯先生　电话：0578-6012237
代理机构：禹溪县明正招标代理有限公司　联系人：韦女士　电话：0578-6089915
""",
    ),
    dict(
        slug="lawfirm-dezhao-futures-investor-lecture-html",
        site="德昭律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="other",
        form="html",
        source="https://www.dezhaolaw.example.com/insights/2025/05/futures-risk.html",
        title="期货投资者须警惕的五类法律风险——在期货公司投资者教育讲座上的讲稿",
        record_title="律所观点丨期货投资者须警惕的五类法律风险——在期货公司投资者教育讲座上的讲稿",
        date="2025-05-15",
        notes="law-firm site: decorated record title, author card, 免责声明 notice, consult prompt, related insights; page date from the 发布于 line",
        page="""
<html><head><meta charset="utf-8"><title>期货投资者须警惕的五类法律风险 - 德昭律师事务所</title></head>
<body>
<header>⟦m 德昭律师事务所 DEZHAO LAW FIRM⟧ <nav>⟦m 关于我们　专业领域　律师团队　律所观点　联系我们⟧</nav></header>
<main>
<h1>⟦t 期货投资者须警惕的五类法律风险——在期货公司投资者教育讲座上的讲稿⟧</h1>
<div class="meta">⟦m 作者：金融证券部 阎书衡律师　｜　发布于 2025-05-15　｜　阅读 1,208⟧</div>
{BODY}
<div class="disclaimer">⟦d 免责声明：本文仅为作者个人观点，不代表本所正式法律意见，亦不构成任何投资建议。⟧</div>
<div class="cta">⟦w 如需一对一法律咨询，欢迎致电本所前台 021-55306600 或发送邮件预约⟧</div>
<div class="related"><h3>⟦l 更多律所观点⟧</h3><ul><li>⟦l 私募基金份额转让的合规要点⟧</li><li>⟦l 浅析场外配资合同的效力⟧</li></ul></div>
</main>
<footer>⟦d © 2025 德昭律师事务所　保留一切权利⟧</footer>
</body></html>
""",
        body="""
各位投资者朋友，大家好！今天受邀和大家聊聊期货交易中常见的法律风险。
第一类是非法期货平台风险。凡是未经批准、不在期货公司开户而是通过所谓“平台”“微盘”交易的，都不受法律保护，资金安全无从保障。
第二类是配资风险。场外配资合同通常被认定为无效，投资者一旦爆仓，很难通过诉讼追回本金。
第三类是代客理财风险。把账户和密码交给他人操作，造成的损失往往只能自行承担。
第四类是信息披露风险。开户时签署的风险揭示书要逐条阅读，不懂的地方当场问清楚。
第五类是强行平仓风险。保证金不足时期货公司有权强行平仓，投资者要及时关注账户风险度。
总之，依法合规交易，才是对自己资金最好的保护。谢谢大家！
""",
    ),
    dict(
        slug="community-fengxi-group-rental-notice",
        site="枫溪街道社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://sq.fengxijd.example.cn/tzgg/2025/0828/0331.html",
        title="关于开展群租房安全隐患专项排查整治的通知",
        record_title="【社区公告】关于开展群租房安全隐患专项排查整治的通知",
        date="2025-08-28",
        notes="residents' site: decorated title; notice glued between paragraphs on its own line; the document's own 联系电话 kept beside a property hotline; comment count and neighbour list",
        page="""
!m 枫溪街道社区服务网 · 邻里一家亲
!m 社区公告 | 发布人：枫溪社区居委会 | 2025-08-28 | 围观 1,004
{T}
{BODY}
!l 邻居们说（12）：
!l 写评论…（登录后可评论）
!w 物业24小时报修：0735-2239000
!l ← 上一则：关于中秋节社区邻里宴报名的通知　→ 下一则：枫溪社区八月志愿服务榜
""",
        body="""
各位业主、租户：
为消除群租房火灾等安全隐患，根据街道统一部署，社区定于9月1日至9月30日开展群租房安全隐患专项排查整治。
一、排查内容：擅自分隔出租、厨房卫生间改作居室、电动自行车室内充电、私拉乱接电线等。
⟦d 温馨提示：社区不会以排查名义收取任何费用，谨防上当受骗。⟧
二、整改要求：发现问题的，出租人应在十日内整改到位；拒不整改的，移交街道综合执法队依法处理。
三、请出租房屋的业主主动到社区办理房屋租赁登记。
联系电话：0735-2231056（社区网格办）。
枫溪社区居民委员会
2025年8月28日
""",
    ),
    dict(
        slug="assoc-baitang-xiangqi-competition-rules",
        site="白塘县象棋协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.btxqxh.example.org/news/show-318.html",
        title="关于举办2025年白塘县“棋王杯”象棋公开赛的通知",
        record_title="关于举办2025年白塘县“棋王杯”象棋公开赛的通知 - 协会通知 - 白塘县象棋协会",
        date="2025-07-02",
        notes="association site: record title with column and site; entry-fee table; a sentence to 扫码报名 kept; association slogan and footer address; member login prompt",
        page="""
!m 白塘县象棋协会　以棋会友　以赛促学
!a 会员登录　|　入会申请
!m 首页 » 协会通知
{T}
!m 来源：协会秘书处　日期：2025年07月02日　人气：577
{BODY}
!l 【协会通知】往期回顾
!l 2024年“棋王杯”比赛成绩公告
!m 协会地址：白塘县文化路18号老年活动中心二楼　QQ群：61300277
!d 白塘县象棋协会 版权所有
""",
        body="""
各会员单位、广大象棋爱好者：
为丰富群众文化生活，推动象棋运动普及，经研究，决定举办2025年白塘县“棋王杯”象棋公开赛，现将有关事项通知如下：
一、比赛时间：2025年7月19日至20日。
二、比赛地点：白塘县全民健身中心二楼。
三、参赛组别及报名费
组别　年龄要求　报名费
少儿组　12周岁以下　30元
公开组　不限　50元
四、比赛办法：采用中国象棋协会审定的最新竞赛规则，积分编排制七轮，每方用时十五分钟，每步加五秒。
五、报名方式：请于7月15日前扫描协会海报上的二维码报名，逾期不予受理。
白塘县象棋协会
2025年7月2日
""",
    ),
]
