"""holdout57, part D: second pages of the older kinds — boilers, cranes, salt retail, cotton
inspection, a securities branch, a herb market. Invented text."""

CASES = [
    dict(
        slug="fanwen-html-haoju-speech-boiler",
        site="好句范文 (invented)", style="范文站", genre="讲话稿", kind="speech", form="html",
        source="https://www.haoju-fw.example.com/jianghua/2025/66810.html",
        title="在全市锅炉安全节能工作会议上的讲话",
        record_title="【领导讲话】在全市锅炉安全节能工作会议上的讲话（通用2篇）",
        date="2025-10-28",
        page="""
<html><head><meta charset="utf-8"><title>【领导讲话】在全市锅炉安全节能工作会议上的讲话（通用2篇）-好句范文</title>
<script>document.oncopy=function(){return false}</script></head>
<body>
<div class="hd">⟦m 好句范文 — 你的公文好帮手⟧ <span>⟦a 开通会员 全站无限复制⟧</span></div>
<div class="nav">⟦m 讲话稿 | 工作总结 | 心得体会 | 述职报告 | 活动方案⟧</div>
<div class="pos">⟦m 好句范文 &gt; 讲话稿 &gt; 领导讲话⟧</div>
<h1>⟦t 【领导讲话】在全市锅炉安全节能工作会议上的讲话（通用2篇）⟧</h1>
<div class="ab">⟦m 时间：2026-01-03 整理：好句小编⟧</div>
<div class="art">
<p>⟦m 篇一：⟧</p>
<p>副市长　顾永年</p>
<p>（2025年10月28日）</p>
{BODY}
</div>
<div class="vip">⟦a 温馨提示：复制内容需开通会员，单篇下载仅需2元⟧</div>
<div class="hot"><b>⟦l 本周热门⟧</b><p>⟦l 安全生产月领导讲话稿⟧</p><p>⟦l 冬季供暖保障工作会议讲话⟧</p></div>
<div class="ft">⟦d 好句范文所有文章均来自网络整理，仅供参考，请勿照搬⟧</div>
</body></html>
""",
        body="""
同志们：
今天召开全市锅炉安全节能工作会议，主要是贯彻全省特种设备安全工作会议精神，部署今冬明春锅炉安全和节能工作。
全市在用锅炉一千二百余台，其中燃煤锅炉已全部完成清洁能源改造，但部分供热企业仍存在司炉人员持证不到位、水质处理不达标等问题。
⟦a 本篇剩余内容需登录后查看，已登录请刷新⟧
下一步，要抓住供暖季前的关键窗口，完成全部在用锅炉的定期检验，对能效测试不达标的锅炉限期整改。
同志们，锅炉安全连着千家万户的冷暖，大家要以高度负责的态度抓好落实。
""",
    ),
    dict(
        slug="wenku-xuelin-report-wrap-glued-markers-crane",
        site="雪林文库 (invented)", style="文库预览", genre="述职报告", kind="report", form="text",
        source="https://xuelin-wk.example.com/p-90013374.html",
        title="起重机械检验室主任2025年度述职报告",
        record_title="起重机械检验室主任2025年度述职报告.pdf",
        date="2026-01-09",
        wrap=58, pages=dict(fmt="〘{n}〙", every=140, start=2, glue=True),
        page="""
!m 雪林文库 — 专业文档分享
!t 起重机械检验室主任2025年度述职报告.pdf
!m 格式：PDF　页数：3　上传时间：2026-01-12　贡献值：12
!a 全文阅读已结束，如需查看完整版，请下载
{BODY}
!a ￥2.5 立即下载　　VIP免费下载
!l 热门推荐：特检所工作人员述职报告　检验员个人工作总结
""",
        body="""
一年来，在所领导班子的带领下，我带领起重机械检验室全体同志认真履行检验职责，全年完成起重机械检验一千八百六十台次，发现并督促整改隐患三百一十二项。
一是抓检验质量。修订了桥式起重机和塔式起重机检验作业指导书，推行检验过程影像记录，全年未发生检验质量投诉。
二是抓队伍建设。组织室内技术讲座十二次，两名同志取得起重机械检验师资格。
三是抓服务效能。对建筑工地塔机实行预约检验，平均等待时间缩短到三个工作日。
不足之处是科研工作相对薄弱，明年我将带头申报一项市级科研课题。
述职人：邝立新
2026年1月9日
""",
    ),
    dict(
        slug="gov-shuyang-text-salt-retail-cn-date",
        site="沭洋县人民政府 (invented)", style="政府门户", genre="通知", kind="notice", form="text",
        source="http://www.shuyang.example.gov.cn/art/2025/6/3/art_2190_88213.html",
        title="沭洋县人民政府办公室关于做好碘缺乏病防治工作的通知",
        record_title="沭洋县人民政府办公室关于做好碘缺乏病防治工作的通知_沭洋县人民政府",
        date="2025-06-03",
        page="""
!m 沭洋县人民政府
!a 简体版 | 繁體版 | 无障碍
!m 首页 >> 信息公开 >> 政府文件 >> 办公室文件
!m 索引号：11321000-0109-2025-00041　　发文日期：2025-06-03
!m 发布机构：县政府办公室　　公开方式：主动公开
!t 沭洋县人民政府办公室关于做好碘缺乏病防治工作的通知
沭政办发〔2025〕33号
{BODY}
!a 【打印】【关闭】
!l 相关链接：县卫生健康委　县市场监管局　县盐务管理所
!m 沭洋县人民政府办公室主办　联系电话：0527-3352001
""",
        body="""
各乡镇人民政府，县各有关部门：
为巩固碘缺乏病防治成果，保障群众身体健康，现就做好我县碘缺乏病防治工作通知如下。
一、保障合格碘盐供应。盐业公司要在偏远乡村设立碘盐销售点，确保合格碘盐覆盖率保持在百分之九十五以上。
二、加强监测。县疾控中心每年对八至十岁儿童和孕妇开展碘营养监测，监测结果报县卫生健康委。
三、开展宣传。结合“防治碘缺乏病日”，在集市、学校开展科普宣传，引导群众科学补碘。
沭洋县人民政府办公室
二〇二五年六月三日
（此件公开发布）
""",
    ),
    dict(
        slug="news-yangguan-text-cotton-inspection",
        site="阳关融媒 (invented)", style="新闻门户", genre="新闻", kind="news", form="text",
        source="https://www.yangguanrm.example.cn/content/2025-11/04/content_39017.html",
        title="棉花公证检验进入高峰 日检样品突破两千份",
        record_title=None,
        date="2025-11-04",
        page="""
!m 阳关融媒 ｜ 县融媒体中心主办
!m 首页　本地　视频　直播　问政
!t 棉花公证检验进入高峰 日检样品突破两千份
!m 阳关融媒记者 訾颖　2025.11.04 10:26
!a 听新闻　　A+ A-
{BODY}
!m 【来源：阳关融媒　编辑：甘霖　审核：柯宇】
!l 相关阅读：新棉收购价格持续走稳　｜　棉农：今年收成好
!l 我要评论（已有7人参与）
""",
        body="""
记者从县纤维检验所获悉，随着新棉加工全面展开，我县棉花公证检验进入高峰期，日检样品突破两千份。
在检验大厅，大容量纤维测试仪正在对棉样的长度、强度、马克隆值进行自动检测，每份样品检测仅需四十秒。
“检验数据直接进入国家棉花质量监管系统，企业可以凭数据定价销售。”检验所负责人麦晓宁说。
⟦l 【视频】走进纤维检验实验室⟧
据了解，今年我县棉花平均长度二十九点三毫米，整体品质好于去年。
""",
    ),
    dict(
        slug="forum-chaihe-html-discuz-herb-market",
        site="柴禾论坛 (invented)", style="论坛", genre="会议纪要", kind="minutes", form="html",
        source="http://www.chaihebbs.example.com/thread-15572-1-1.html",
        title="药材市场商户代表座谈会纪要",
        record_title="药材市场商户代表座谈会纪要 - 商户之家 - 柴禾论坛",
        date="2025-04-17", date_also=["2025-04-18"],
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>药材市场商户代表座谈会纪要 - 商户之家 - 柴禾论坛</title>
<style>.jammer{font-size:0;color:#fff}</style></head>
<body>
<div id="hd">⟦m 柴禾论坛 - 药都人自己的论坛⟧ <a>⟦a 快捷登录⟧</a></div>
<div id="pt">⟦m 柴禾论坛 › 商户之家 › 查看内容⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 市场管委会小钟⟧<br>⟦m 主题 41　帖子 203　积分 1220⟧</td>
<td class="plc">
<h1>⟦t 药材市场商户代表座谈会纪要⟧</h1>
<div class="authi">⟦m 发表于 2025-4-18 09:15　|　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 签名：药材市场管委会，服务商户每一天⟧</div>
</td></tr></table>
<div class="pob">⟦l 回复　引用　举报　评分⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 粤ICP备16043376号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        body="""
时间：2025年4月17日下午3:00
地点：药材市场管委会二楼会议室
主持：市场管委会副主任 钟建林
参加：商户代表十二人，市场监管所、消防救援站有关人员
会议听取了商户对市场改造的意见建议，形成以下意见。
一、市场东区雨棚年久失修，管委会将于5月底前完成更换。
二、针对部分商户反映的硫磺熏蒸问题，市场监管所将开展专项检查，商户要自觉规范加工。
三、市场通道禁止堆放货物，消防救援站每月开展一次联合检查。
""",
    ),
    dict(
        slug="blog-mulan-html-securities-notes",
        site="木兰札记 (invented)", style="博客", genre="心得体会", kind="insight", form="html",
        source="https://mulan-zhaji.example.blog/2025/07/investor-education/",
        title="在营业部做投资者教育的这两年",
        record_title=None,
        date="2025-07-06",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在营业部做投资者教育的这两年 | 木兰札记</title>
<meta name="generator" content="WordPress 6.5"></head>
<body class="single">
<header class="site-header"><p>⟦m 木兰札记⟧</p><p>⟦m 慢慢写，慢慢活⟧</p></header>
<nav>⟦m 首页　随笔　读书　工作　关于我⟧</nav>
<article>
<h1 class="entry-title">⟦t 在营业部做投资者教育的这两年⟧</h1>
<div class="entry-meta">⟦m 木兰 · 2025年7月6日 · 工作 · 5条评论⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：投资者教育、证券、工作⟧</footer>
</article>
<nav class="post-navigation">⟦l 上一篇文章 夏天的第一碗凉面⟧<br>⟦l 下一篇文章 读《漫步华尔街》⟧</nav>
<section id="comments">⟦l 5条回应：“在营业部做投资者教育的这两年”⟧<p>⟦l 小满 说道：写得真好，想起我妈被骗的那次⟧</p></section>
<aside>⟦l 近期文章⟧<br>⟦l 归档 2025年7月 2025年6月⟧</aside>
<footer class="site-footer">⟦d 本站文章采用知识共享署名-非商业性使用许可协议⟧ ⟦m 自豪地采用 WordPress⟧</footer>
</body></html>
""",
        body="""
两年前，我从柜台调到营业部的投资者教育岗，工作内容说起来简单，就是帮客户认识风险。
我们每个月进一次社区，给老人讲怎么识别“荐股群”。很多老人第一次听说，所谓的“内部消息”都是骗局。
最难忘的是一位退休教师，她听完讲座后把手机拿给我看，群里的人正在劝她下载一个陌生的交易软件。
那天我们陪她报了警，也帮她把那个软件卸载了。
这两年我越来越觉得，投资者教育不是念稿子，而是陪人把一件事弄明白。
""",
    ),
    dict(
        slug="wechat-mirror-xiangshu-notice-herb-coop",
        site="乡书公众号文摘 (invented)", style="公众号镜像", genre="通知", kind="notice", form="text",
        source="http://wx.xiangshu-wz.example.com/a/9920187",
        title="关于开展中药材种植户技术帮扶的通知",
        date="2025-03-03",
        page="""
!m 乡书文摘　|　好文章不该只在朋友圈
!t 关于开展中药材种植户技术帮扶的通知
!m 芩原县农业农村局　2025-03-03 17:08　发表于芩原
!a 听全文
{BODY}
!m 来源：芩原县农业农村局
!m 编辑：何晴　审核：连升
!l 往期推荐 ▶ 春耕备耕农资价格公示 ▶ 高标准农田建设进展
!a 分享　收藏　点赞　在看
""",
        body="""
各乡镇农业服务中心，各中药材专业合作社：
为帮助种植户解决生产中的技术难题，县农业农村局决定组织专家开展中药材种植户技术帮扶活动。
一、帮扶时间：3月至10月，分春管、夏管、秋收三个阶段。
二、帮扶方式：专家分片包乡，每月入户指导不少于两次，种植户可关注“芩原农技”服务号在线提问。
三、帮扶重点：白术根腐病、黄精连作障碍、药材采后晾晒加工。
⟦a 点击阅读原文，下载帮扶专家联系表⟧
联系人：农技推广中心 邬明，电话：0736-5812376。
芩原县农业农村局
2025年3月3日
""",
    ),
    dict(
        slug="docshare-duoye-summary-pipe-markers-boiler",
        site="多页文档网 (invented)", style="文档分享", genre="工作总结", kind="summary", form="text",
        source="https://www.duoye-doc.example.com/d/33017452.html",
        title="承压类特种设备检验科2025年工作总结",
        record_title="承压类特种设备检验科2025年工作总结（精选）-多页文档网",
        date=None,
        pages=dict(fmt="┃{n}┃", every=120, start=2, glue="mix"),
        page="""
!m 多页文档网
!m 首页 > 总结报告 > 工作总结
!t 承压类特种设备检验科2025年工作总结（精选）
!m 文档贡献者：c_lin2019　　下载积分：8　　上传时间：2025-12-29
!d 温馨提示：本文档由网友上传，仅供交流，若有侵权请联系客服删除
{BODY}
!a 本文档共4页，当前显示3页，剩余1页请下载查看
!w 客服QQ 2879001654（工作日在线）
""",
        body="""
2025年，承压类特种设备检验科紧紧围绕年度目标，全年完成锅炉检验三百二十台、压力容器检验二千一百台、压力管道检验一百四十公里。
一、检验工作有序推进。我们对全市液化石油气充装站的储罐和气瓶实施了全覆盖检验，发现重大隐患六处，均已督促整改。
二、技术能力稳步提升。科室新购置相控阵超声检测仪一台，两名同志取得无损检测高级资格。
三、安全管理不断加强。全年开展外出检验安全交底一百余次，未发生检验人员安全事故。
四、存在不足：检验任务分布不均，年底集中报检压力较大，下一步将推行检验计划预约制度。
""",
    ),
    dict(
        slug="edu-shiqiao-html-school-power-safety",
        site="石桥县教育体育局 (invented)", style="教育门户", genre="倡议书", kind="initiative", form="html",
        source="http://jtj.shiqiao.example.gov.cn/xxgk/2025/1120/8836.shtml",
        title="冬季校园安全用电倡议书",
        record_title="冬季校园安全用电倡议书 - 石桥县教育体育局",
        date="2025-11-20",
        page="""
<html><head><meta charset="utf-8"><title>冬季校园安全用电倡议书 - 石桥县教育体育局</title></head>
<body>
<table width="1000" align="center"><tr><td>⟦m 石桥县教育体育局 石桥教育网⟧</td><td>⟦m 今天是：⟧<span id="today"></span></td></tr></table>
<script>document.getElementById('today').innerHTML=new Date().toLocaleDateString();</script>
<table width="1000" align="center"><tr><td>⟦m 首 页 | 教育新闻 | 信息公开 | 安全教育 | 招生考试 | 局长信箱⟧</td></tr></table>
<table width="1000" align="center"><tr><td valign="top">
<div>⟦m 所在位置：首页 → 安全教育⟧</div>
<div align="center"><b>⟦t 冬季校园安全用电倡议书⟧</b></div>
<div align="center">⟦m 文章来源：县教体局 安全股　发布日期：2025年11月20日　阅读：1102次⟧</div>
{BODY}
</td><td width="240" valign="top">⟦l 安全教育专栏⟧<br>⟦l 防溺水｜防火｜防电｜交通安全⟧<br>⟦a 平安校园举报入口⟧</td></tr></table>
<table width="1000" align="center"><tr><td align="center">⟦m 石桥县教育体育局主办　电话：0913-7260031⟧<br>⟦m 技术支持：石桥县信息中心⟧</td></tr></table>
</body></html>
""",
        body="""
全县师生员工：
冬季天气寒冷，取暖用电增多，校园用电安全隐患随之增加。为确保大家度过一个平安温暖的冬天，我们倡议：
1. 不在宿舍使用电热毯、电吹风、热得快等违规电器，不私拉乱接电线。
2. 离开教室、办公室时随手关闭电源，下班前检查取暖设备是否断电。
3. 发现电线破损、插座发热等情况，立即报告学校后勤部门，不得自行处理。
4. 学会触电急救常识，遇到有人触电先切断电源，再施救。
安全用电，从我做起！
石桥县教育体育局
2025年11月20日
""",
    ),
    dict(
        slug="oa-yuanhang-html-rubber-approval",
        site="远航橡胶协同平台 (invented)", style="企业内网", genre="请示", kind="request", form="html",
        source="http://oa.yuanhang-rubber.example.local/workflow/form/view?id=60217",
        title="关于更新密炼机除尘系统的请示",
        record_title=None,
        date="2025-08-11",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>流程查看 - 远航协同</title></head>
<body>
<div class="bar">⟦m 远航协同 OA⟧ ⟦m 当前用户：设备部 裴晨⟧ ⟦a 退出⟧</div>
<div class="tabs">⟦m 待办(3)　已办　我的申请　公文库⟧</div>
<div class="form">
<table>
<tr><td>⟦m 流程编号：SB-2025-0811-04⟧</td><td>⟦m 紧急程度：一般⟧</td></tr>
<tr><td colspan="2">⟦m 标题：⟧⟦t 关于更新密炼机除尘系统的请示⟧</td></tr>
</table>
<div class="zw">
{BODY}
</div>
<div class="trail"><p>⟦m 审批记录⟧</p><p>⟦m 部门负责人 岑卫国 2025-08-11 16:02 同意，请分管领导审批⟧</p><p>⟦m 分管副总 柳一鸣 2025-08-12 09:30 同意⟧</p></div>
<div class="ops">⟦a 打印表单⟧ ⟦a 导出正文⟧ ⟦a 返回⟧</div>
</div>
<div class="copy">⟦d 远航橡胶制品有限公司 内部系统 请勿外传⟧</div>
</body></html>
""",
        body="""
公司领导：
炼胶车间两台密炼机配套的布袋除尘系统已运行九年，滤袋破损频繁，排放口颗粒物浓度接近限值，环保检查中已被提出整改要求。
为确保达标排放、改善车间作业环境，设备部建议更新为脉冲滤筒除尘系统，预计投资八十六万元，工期四十天，拟在9月中旬停产检修期间实施。
妥否，请批示。
附件：除尘系统更新改造方案及报价
设备部
2025年8月11日
""",
    ),
    dict(
        slug="qa-hengzhi-answer-metrology-letter",
        site="恒知问答 (invented)", style="问答社区", genre="函", kind="letter", form="html",
        source="https://www.hengzhi-qa.example.com/question/81730022",
        title="关于商请协助开展集贸市场计量器具检定的函",
        record_title=None,
        date=None,
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>商请协助检定的函怎么写？ - 恒知问答</title></head>
<body>
<div class="top">⟦m 恒知问答 — 问得清楚，答得明白⟧ ⟦a 提问⟧ ⟦a 登录⟧</div>
<div class="question"><h1>商请协助检定的函怎么写？</h1><p>⟦m 提问于 2天前 · 3个回答 · 2180次浏览⟧</p></div>
<div class="answer best">
<p>⟦m 采纳答案⟧</p>
<p>⟦m 公文老司机　市场监管系统从业者　回答于 昨天 21:40⟧</p>
<p>⟦l 给你一篇我们之前发过的，改改单位名就能用：⟧</p>
<h3>⟦t 关于商请协助开展集贸市场计量器具检定的函⟧</h3>
{BODY}
<p>⟦l 赞同 88　反对　评论 6　分享⟧</p>
</div>
<div class="more">⟦l 其他回答（2）⟧<p>⟦l 匿名用户：函的结尾一般用“特此函商”或“盼复”。⟧</p></div>
<div class="foot">⟦d 恒知问答内容由用户提供，不代表平台立场⟧ ⟦m 京ICP证150188号⟧</div>
</body></html>
""",
        body="""
××市计量测试所：
为做好“3·15”消费者权益保护宣传活动，我局拟于3月上旬对城区八个集贸市场在用的电子计价秤开展集中检定。
因我局检定人员和标准砝码不足，特商请贵所派出检定人员四名、携带标准砝码及检定设备予以协助。
检定期间的交通、食宿由我局统一安排。
以上事项，盼予支持为荷。
××区市场监督管理局
××××年×月×日
""",
    ),
]
