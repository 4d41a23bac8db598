"""holdout70, part B: origami (折纸) groups. Invented text; see ../build.py for the markup."""

CASES = [
    dict(
        slug="dangjian-zhezhi-speech-html",
        site="枳山党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.zhishandj.gov.cn/dyjy/202507/t20250701_30215.html",
        title="在“折纸话初心”党员志愿服务启动仪式上的讲话",
        record_title="在“折纸话初心”党员志愿服务启动仪式上的讲话 - 枳山党建网",
        date="2025-06-30",
        date_also=["2025-07-01"],
        notes="speech date under title differs from publish line; scan-to-phone prompt",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在“折纸话初心”党员志愿服务启动仪式上的讲话 - 枳山党建网</title>
<script src="/static/js/common.js"></script></head><body>
<div class="hd">⟦m 枳山党建网⟧ ⟦m 中共枳山县委组织部主办⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 党建要闻⟧ ⟦m 组织建设⟧ ⟦m 党员教育⟧ ⟦m 基层风采⟧</div>
<div class="loc">⟦m 当前位置 >> 党员教育 >> 讲话精神⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-07-01　信息来源：县委组织部⟧ <span class="qr">⟦a 用手机扫一扫，本页随身看⟧</span></div>
<p class="spk">县委组织部副部长　萧立群</p>
<p class="dt">（2025年6月30日）</p>
{BODY}
<div class="pn">⟦l 上一条：全县基层党组织书记轮训班开班⟧<br>⟦l 下一条：枳山县开展七一走访慰问活动⟧</div>
<div class="ft">⟦m 枳山县委组织部　地址：枳山县府前路1号　邮编：418500⟧ ⟦m 湘ICP备12003401号⟧</div>
</body></html>
""",
        body="""
同志们：
今天我们启动“折纸话初心”党员志愿服务，就是要用一张纸、一双手，把党的温暖送到老人和孩子身边。
各支部要把志愿服务同主题党日结合起来，每月至少组织一次进社区、进敬老院活动，做到有计划、有记录、有反馈。
希望大家折出精气神，折出真感情，让群众看得见、摸得着党员的作风。
""",
    ),
    dict(
        slug="hospital-zhezhi-news-rehab",
        site="檀溪县人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.tanxirmyy.com/news/yydt/2025/0418/2291.html",
        title="康复科开设手指精细训练折纸课",
        record_title="康复科开设手指精细训练折纸课_医院动态_檀溪县人民医院",
        date="2025-04-18",
        notes="column+site suffix; 预约挂号 chrome next to the department's own 咨询电话",
        page="""
!m 檀溪县人民医院　二级甲等综合医院
!m 网上预约｜就诊指南｜科室导航｜专家介绍
!m 首页 > 新闻中心 > 医院动态
{T}
!m 文：康复医学科　｜　2025-04-18　｜　阅读量 173
{BODY}
!w 24小时预约挂号：0736-5120120
!l 【返回列表】　【上一篇】我院开展世界血友病日义诊
!m 檀溪县人民医院 版权所有　地址：檀溪县杏林路66号
""",
        indent="\u3000\u3000",
        body="""
为帮助脑卒中患者恢复手部功能，康复医学科近日开设折纸训练课，每周二、周四下午在康复大厅进行。
治疗师根据患者手指灵活程度，把折纸分为三级，从对折纸片到折纸鹤逐步进阶，每次训练二十分钟。
开课以来，已有27名患者参加，多数人握力和捏力有了明显提高。
康复医学科咨询电话：0736-5120386
""",
    ),
    dict(
        slug="university-zhezhi-notice-html-lecture",
        site="榧城师范学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.fcsy.edu.cn/info/1052/18834.htm",
        title="关于举办“折纸与几何”学术讲座的通知",
        record_title=None,
        date="2025-05-12",
        notes="missing record title; a lecture's 时间/地点 lines; a sentence telling to 下载 slides kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办“折纸与几何”学术讲座的通知-榧城师范学院</title></head>
<body><div class="header">⟦m 榧城师范学院⟧ ⟦m 厚德 博学 求是 笃行⟧</div>
<ul class="menu"><li>⟦m 学校概况⟧</li><li>⟦m 院系设置⟧</li><li>⟦m 科学研究⟧</li><li>⟦m 校园文化⟧</li></ul>
<div class="content"><h2>{T}</h2>
<div class="meta">⟦m 作者：数学学院　时间：2025-05-12　点击：[<span>209</span>]⟧</div>
{BODY}
</div>
<div class="side">⟦l 学术活动⟧<br>⟦l 数学学院举办研究生论坛⟧<br>⟦l 关于申报校级教改项目的通知⟧</div>
<div class="footer">⟦d 版权所有©榧城师范学院⟧　⟦m 地址：榧城市学府大道88号⟧</div>
<script>_czc.push(["_trackPageview"]);</script></body></html>
""",
        body="""
全校师生：
应数学学院邀请，枞湾大学鲁静宜教授将来校作学术讲座，欢迎师生参加。
讲座题目：折纸与几何——从纸鹤到卫星太阳翼
时间：2025年5月16日（周五）14:30
地点：图书馆报告厅
讲座课件将在会后上传学院网站，有需要的同学可自行下载。
数学学院
2025年5月12日
""",
    ),
    dict(
        slug="localforum-zhezhi-request-glued",
        site="椿岭生活网 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://bbs.chunling.cc/forum.php?mod=viewthread&tid=402118",
        title="为病房孩子折一千只纸鹤倡议",
        record_title="【爱心接力】为病房孩子折一千只纸鹤倡议",
        date="2025-03-08",
        date_also=["2025-03-09"],
        notes="forum post date differs from the signed date; comment chrome glued after last sentence",
        page="""
!m 椿岭生活网 » 椿岭杂谈 » 爱心公益
!t 【爱心接力】为病房孩子折一千只纸鹤倡议
!m 发表于 2025-3-9 21:40　|　只看楼主　|　电梯直达
{BODY}
!l 回复 1# 小鱼儿：我家闺女已经折了三十只，明天送过去
!l 回复 2# 岭上人家：支持，顶上去
!m 椿岭生活网 www.chunling.cc　客服热线：0739-5556677
""",
        body="""
各位网友：
县医院儿科住院部最近有不少长期住院的孩子，心情低落。我们几个志愿者想发起一次活动，邀请大家一起折纸鹤，凑满一千只送到病房。
折好的纸鹤可以在3月20日前送到县城南门社区服务站，我们统一串好。
椿岭爱心志愿小队
2025年3月8日⟦a 【点赞 86】⟧⟦l 【回复 14】⟧
""",
    ),
    dict(
        slug="download-zhezhi-plan-filetable",
        site="万源素材下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.wanyuansc.com/soft/jiaoan/2025/38815.html",
        title="幼儿园大班折纸主题活动方案",
        record_title="幼儿园大班折纸主题活动方案.doc下载",
        date=None,
        notes="old table layout; file-info table; mirror links; no date (update stamp not a date)",
        page="""
<html><head><meta charset="gb2312"><title>幼儿园大班折纸主题活动方案.doc下载 - 万源素材下载站</title></head>
<body>
<table><tr><td>⟦m 万源素材下载站⟧</td><td>⟦m 教案课件 | 办公文档 | 试题试卷⟧</td></tr></table>
<table class="info">
<tr><td>⟦m 资料大小：56 KB⟧</td><td>⟦m 资料类型：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-04-02⟧</td><td>⟦m 下载次数：1379⟧</td></tr>
</table>
<h3>{T}</h3>
<div class="intro">⟦m 资料简介：⟧</div>
{BODY}
<table><tr><td>⟦a 电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 本地高速下载⟧</td></tr></table>
<div>⟦a 下载地址失效？请点此报错⟧</div>
<div class="copy">⟦d 所有资源均来自网络，仅供交流学习，下载后请于24小时内删除⟧</div>
</body></html>
""",
        body="""
一、活动目标：认识正方形纸的对折、对角折，能看懂简单折纸步骤图。
二、活动准备：彩色手工纸每人五张，步骤图挂图一套。
三、活动过程：1. 故事导入；2. 教师示范折小狗；3. 幼儿分组尝试；4. 作品展示与评价。
四、活动延伸：把作品布置在班级“纸的世界”主题墙上。
""",
    ),
    dict(
        slug="exam-zhezhi-announce-interview",
        site="杞川人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.qichuanrsks.cn/ggtz/2025/0521/917.html",
        title="杞川县文化馆2025年公开招聘手工艺术辅导员面试公告",
        record_title="杞川县文化馆2025年公开招聘手工艺术辅导员面试公告",
        record_date="2025-05-21",
        date="2025-05-21",
        notes="record date; interview table rows; 咨询电话 next to the site's technical line",
        page="""
!m 杞川人事考试网
!m 网站首页 → 考试公告 → 事业单位
{T}
!m 来源：县人社局　　时间：2025-05-21
{BODY}
!w 网上报名系统技术支持：0797-3620001（工作日）
!a 打印　　关闭
!d 本站所有考试信息以县人社局正式发布为准
""",
        body="""
根据招聘工作安排，现将面试有关事项公告如下。
面试时间：2025年5月31日上午8:30
面试地点：县职业中专实训楼
面试采取现场折纸创作加答辩的方式，满分100分。
岗位　报考人数　入围人数
手工艺术辅导员　23　6
群众文化辅导员　17　3
咨询电话：0797-3620318
杞川县人力资源和社会保障局
2025年5月21日
""",
    ),
    dict(
        slug="tender-zhezhi-bid-result-html",
        site="柘水公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.zheshui.gov.cn/jyxx/zfcg/zbgg/20250609/77120.html",
        title="柘水县少年宫手工耗材（折纸用纸）采购项目中标结果公告",
        record_title="柘水县少年宫手工耗材（折纸用纸）采购项目中标结果公告",
        date="2025-06-09",
        notes="bid table; buyer contact and agency contact kept beside CA hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>中标结果公告_柘水公共资源交易中心</title></head>
<body><header>⟦m 柘水县公共资源交易中心⟧</header>
<nav>⟦m 首页⟧｜⟦m 交易信息⟧｜⟦m 政策法规⟧｜⟦m 办事指南⟧</nav>
<div class="crumb">⟦m 交易信息 ＞ 政府采购 ＞ 中标公告⟧</div>
<h3>{T}</h3>
<div class="meta">⟦m 信息时间：2025-06-09　阅读次数：95⟧</div>
{BODY}
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【收藏】⟧</div>
<footer>⟦w CA数字证书办理热线：400-880-6123⟧<br>⟦m 版权所有：柘水县公共资源交易中心⟧</footer>
</body></html>
""",
        body="""
一、项目编号：ZSCG-2025-041
二、中标结果：
包号　中标供应商　中标金额（元）
1　柘水县文华纸品商行　38600
2　桦口市彩艺文具有限公司　21350
三、公告期限：自本公告发布之日起1个工作日。
采购人：柘水县少年宫　联系人：钟老师　电话：0796-4410273
代理机构：柘水恒信招标代理有限公司　电话：0796-4418800
2025年6月9日
""",
    ),
    dict(
        slug="lawfirm-zhezhi-copyright-case",
        site="楸原明鉴律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="text",
        source="https://www.mingjianlaw.cn/anli/zhuzuoquan/2025-88.html",
        title="原创折纸造型能否受著作权保护？",
        record_title="案例评析丨原创折纸造型能否受著作权保护？",
        date="2025-02-14",
        notes="decorated title; not-legal-advice notice; consult prompt",
        page="""
!m 明鉴律师事务所　MINGJIAN LAW FIRM
!m 首页 / 律所动态 / 案例评析
!t 案例评析丨原创折纸造型能否受著作权保护？
!m 作者：明鉴律师事务所 知识产权部　2025-02-14
{BODY}
!d 本文仅为一般性法律知识分享，不构成针对具体个案的法律意见。
!w 需要律师一对一解答？拨打 400-670-1188 或留言预约
!l 推荐阅读：短视频配乐侵权如何认定｜手工教程被搬运怎么办
""",
        body="""
某折纸艺术家设计了一款立体折纸龙，并在网络发布了成品照片。一家玩具公司未经许可，按照该造型批量生产纸制摆件出售。
法院审理认为，该折纸作品体现了作者独特的选择和安排，具有独创性，属于美术作品，玩具公司的行为构成侵权，判令停止侵权并赔偿损失五万元。
需要注意的是，折纸的基本折法属于公有领域，任何人都可以使用；受保护的是具有独创性的造型表达。
""",
    ),
    dict(
        slug="community-zhezhi-activity-notice",
        site="柞溪街道桂园社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zuoxi-guiyuan.org.cn/sqdt/1883.html",
        title="桂园社区“银龄折纸”活动报名通知",
        record_title="桂园社区“银龄折纸”活动报名通知 - 社区动态",
        date="2025-04-07",
        notes="weather widget chrome; a sentence about 关注 the community account kept; 联系电话 kept",
        page="""
!m 柞溪街道桂园社区服务网
!m 今日 多云 18～25℃　空气质量：良
!m 社区首页 ＞ 社区动态
{T}
!m 发布人：社区居委会　发布日期：2025-04-07
{BODY}
!a 分享到邻里圈　｜　收藏
!m 社区服务站地址：柞溪街道桂园路12号　办公时间：8:30-17:30
""",
        body="""
各位居民朋友：
社区将于4月12日起每周六上午在党群服务中心二楼开展“银龄折纸”活动，由退休美术教师韩素芬义务授课，60岁以上居民均可报名，每期限20人。
报名请关注社区公众号后在菜单栏填写，也可以到服务站登记。
联系电话：0738-6612045
桂园社区居民委员会
2025年4月7日
""",
    ),
    dict(
        slug="association-zhezhi-minutes-html",
        site="槭川市折纸艺术协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.qczhezhi.org.cn/xhdt/2025/0316/122.html",
        title="槭川市折纸艺术协会一届三次理事会会议纪要",
        record_title="【协会动态】槭川市折纸艺术协会一届三次理事会会议纪要",
        date="2025-03-16",
        notes="decorated; minutes lines; vote count; member login chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>槭川市折纸艺术协会</title><script src="/js/slide.js"></script></head>
<body><div class="top">⟦a 会员登录⟧ ⟦a 入会申请⟧</div>
<div class="logo">⟦m 槭川市折纸艺术协会⟧</div>
<div class="nav">⟦m 协会简介⟧ ⟦m 协会动态⟧ ⟦m 作品展厅⟧ ⟦m 会员风采⟧ ⟦m 联系我们⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 日期：2025-03-16　来源：协会秘书处⟧</div>
{BODY}
<div class="share">⟦l 分享：微信　微博　QQ空间⟧</div>
<div class="foot">⟦m 协会秘书处电话：0737-2281960⟧ ⟦m 备案号：湘ICP备21008814号-1⟧</div>
</body></html>
""",
        body="""
时间：2025年3月15日上午9时
地点：市文化馆三楼会议室
主持：会长 蓝思远
出席：理事11人，监事1人
一、审议通过2024年工作报告和财务报告。
二、表决通过吸收新会员14名。表决结果：同意11票，反对0票，弃权0票。
三、确定今年10月举办全市折纸作品展。
记录：甘小棠
""",
    ),
    dict(
        slug="company-zhezhi-news-paper-mill",
        site="桦口纸业集团 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.huakou-paper.com/news/company/20250522.html",
        title="集团向乡村小学捐赠折纸专用纸两万张",
        record_title="集团向乡村小学捐赠折纸专用纸两万张-新闻中心-桦口纸业集团",
        date="2025-05-22",
        notes="site-suffix; product links chrome at bottom; photo caption line between",
        page="""
!m 桦口纸业集团有限公司
!m 关于我们 | 产品中心 | 新闻中心 | 社会责任 | 联系我们
!m 新闻中心 > 公司新闻
{T}
!m 2025-05-22　浏览：301
{BODY}
!l 相关产品：手工彩纸系列　双面色卡纸　和纸风格折纸
!m 全国服务热线：400-668-2026
!d Copyright © 桦口纸业集团有限公司 保留所有权利
""",
        body="""
5月20日，集团工会和团委组织青年员工走进柘水县三所乡村小学，捐赠折纸专用纸两万张和折纸图书一百册。
⟦m （图：青年员工和孩子们一起折纸船）⟧
活动中，集团设计部员工还给孩子们上了一堂折纸课，介绍了纸张从木浆到成品的生产过程。
""",
    ),
    dict(
        slug="training-zhezhi-brochure-floatbox",
        site="巧手艺术培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="text",
        source="https://www.qiaoshou-art.com/kecheng/zhezhi-2025.html",
        title="2025年暑期少儿折纸课程招生简章",
        record_title="2025年暑期少儿折纸课程招生简章（附课程表）",
        date=None,
        notes="decorated title; table kept; 报名电话 beside a 400 line; float box glued",
        page="""
!m 巧手艺术培训学校　让每双小手都会创造
!w 在线咨询　｜　免费试听　｜　400-108-6262
{T}
{BODY}
!a 立即报名抢占名额
!w 【浮窗】课程顾问在线，点我聊聊
!m 办学许可证号：教民1409232025000089号
""",
        body="""
本期课程面向6至12岁儿童，每班不超过12人，由专业折纸教师授课。
班级　上课时间　课时
启蒙班　周一、三上午　16
进阶班　周二、四下午　16
创作班　周六全天　12
报名电话：0739-8870212（李老师）⟦a 点击拨打⟧
报名时请携带儿童一寸照片一张。
""",
    ),
]
