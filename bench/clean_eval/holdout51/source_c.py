"""holdout51, part C. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="party-xingyuan-branch-day-html",
        site="星垣机关党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://dj.xingyuan.gov.cn/zbfc/2025/0702/3318.html",
        title="星垣天文台党支部“仰望星空 不忘初心”主题党日活动总结",
        record_title="【支部风采】星垣天文台党支部“仰望星空 不忘初心”主题党日活动总结",
        date="2025-07-02",
        notes="Party-building portal with study-points float; bracketed column prefix; 发布时间 byline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>星垣天文台党支部“仰望星空 不忘初心”主题党日活动总结 - 星垣机关党建网</title></head>
<body>
<div class="banner">⟦m 星垣机关党建网⟧ ⟦m 让党旗在基层一线高高飘扬⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 党建要闻⟧ ⟦m 支部风采⟧ ⟦m 党员教育⟧ ⟦m 廉政建设⟧</div>
<div class="float">⟦a 学习积分+1　点击领取⟧</div>
<div class="crumb">⟦m 当前位置：首页-支部风采⟧</div>
<h1>{T}</h1>
<div class="time">⟦m 发布时间：2025-07-02　作者：天文台党支部　来源：本网⟧</div>
<div class="cont">
{BODY}
</div>
<div class="ops">⟦a 【大】【中】【小】⟧ ⟦a 打印⟧ ⟦a 关闭⟧</div>
<div class="side"><h4>⟦l 支部风采排行⟧</h4><p>⟦l 气象台党支部开展“七一”走访慰问⟧</p><p>⟦l 图书馆党支部书记讲党课⟧</p></div>
<div class="foot">⟦m 中共星垣市直属机关工作委员会主办⟧ ⟦m 滇ICP备10020047号-2⟧</div>
</body></html>
""",
        body="""
为庆祝中国共产党成立104周年，6月30日，星垣天文台党支部组织全体党员开展“仰望星空 不忘初心”主题党日活动。
活动分三个环节。一是重温入党誓词，全体党员在支部书记带领下面向党旗庄严宣誓。二是开展党史学习，老党员、退休研究员韦明远讲述了天文台建台初期科研人员在简陋条件下坚持观测的故事。三是开展志愿服务，党员们到星垣四中为学生作天文科普讲座，并帮助学校调试天文望远镜。
大家表示，要传承老一辈科研人员的奋斗精神，立足岗位作贡献。
下一步，支部将把主题党日与科研业务、科普服务结合起来，推动党建和业务深度融合。
""",
    ),
    dict(
        slug="party-luchuan-speech-july1-text",
        site="卤川党建 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.luchuandj.cn/ldjh/20250701/2241.html",
        title="在卤川盐场党委庆祝建党104周年暨“两优一先”表彰大会上的讲话",
        record_title="在卤川盐场党委庆祝建党104周年暨“两优一先”表彰大会上的讲话_卤川党建",
        date="2025-06-30",
        notes="speaker line and date line under the title neutral; study prompt glued before the first sentence",
        page="""
!m 卤川党建　红色盐田 初心如磐
!m 首页 › 领导讲话 › 正文
{T}
盐场党委书记　戚长海
（2025年6月30日）
!m 来源：盐场党委办公室　编辑：温晓　浏览：716
{BODY}
!a 学完了？点此记录学习时长
!l 相关讲话：在盐场职代会上的讲话　在安全生产大会上的讲话
!m 主办：中共卤川盐场委员会　技术支持：卤川网信
""",
        body="""
⟦a 【本文已加入今日学习清单】⟧同志们：
今天，我们在这里隆重集会，庆祝中国共产党成立104周年，表彰一年来涌现出的优秀共产党员、优秀党务工作者和先进基层党组织。
过去一年，盐场党委带领全场党员干部，攻坚克难，全年生产原盐28.6万吨，创近十年新高，盐田生态修复项目顺利启动。这些成绩的取得，凝聚着全场党员职工的心血和汗水。
新的征程上，希望全体党员做到三点：一要坚定理想信念，二要勇挑重担，三要严守纪律规矩。
同志们，让我们以受表彰的同志为榜样，为建设现代化盐场作出新的更大贡献！
""",
    ),
    dict(
        slug="hospital-miao-allergy-clinic-html",
        site="蜜坳县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.miaorm-hospital.cn/news/notice/1187.html",
        title="关于开设蜂毒过敏专病门诊的公告",
        record_title="关于开设蜂毒过敏专病门诊的公告_蜜坳县人民医院",
        date="2025-03-28",
        notes="hospital site; the department's own 咨询电话 beside booking and switchboard lines in the footer; schedule table",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>关于开设蜂毒过敏专病门诊的公告_蜜坳县人民医院</title></head>
<body>
<div class="top">⟦m 蜜坳县人民医院　二级甲等综合医院⟧ ⟦a 预约挂号⟧ ⟦a 智能导诊⟧</div>
<div class="nav">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧ ⟦m 新闻公告⟧</div>
<div class="crumb">⟦m 首页 &gt;&gt; 新闻公告 &gt;&gt; 医院公告⟧</div>
<h2>{T}</h2>
<div class="sub">⟦m 发布日期：2025-03-28　点击量：804⟧</div>
<div class="detail">
{BODY}
</div>
<div class="rel">⟦l 上一篇：春季过敏性疾病防治小贴士⟧ ⟦l 下一篇：我院开展“世界睡眠日”义诊⟧</div>
<div class="foot">⟦m 医院地址：蜜坳县城北大道9号　医院总机：0855-7330120　预约挂号：0855-7330999⟧<br>⟦d 本网站内容仅供参考，不能替代医生面诊⟧</div>
</body></html>
""",
        body="""
我县是养蜂大县，每年春夏季蜂蜇伤病例较多，部分患者出现严重过敏反应。为方便群众就医，我院皮肤科、急诊科联合开设蜂毒过敏专病门诊，现将有关事项公告如下：
一、门诊时间
星期　时间　坐诊医生
周二　上午8:00—12:00　皮肤科 杜雅南 主任医师
周四　下午14:30—17:30　急诊科 黄昭 副主任医师
二、服务内容：蜂毒过敏风险评估、过敏原检测、脱敏治疗咨询、肾上腺素笔使用指导。
三、温馨提示：被蜂蜇伤后出现呼吸困难、全身皮疹、头晕等症状的，请立即到急诊科就诊，不要等待专病门诊时间。
专病门诊咨询电话：0855-7330316（工作日）
""",
    ),
    dict(
        slug="hospital-luchuan-heatstroke-text",
        site="卤川县第二人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.lc2hospital.com/yydt/2025/0716/502.html",
        title="我院医疗队走进盐田开展防暑降温义诊",
        record_title=None,
        date="2025-07-16",
        notes="no record title (found in the page); photo caption and writer line between paragraphs; hospital slogan",
        page="""
!m 卤川县第二人民医院　仁心 仁术 守护盐乡
!m 医院首页 ／ 医院动态
{T}
!m 2025-07-16　　文/图：宣传科 罗沁　　浏览：218
{BODY}
!l ◀ 返回医院动态列表
!m 急救电话：0871-6623120　　版权所有 卤川县第二人民医院
""",
        body="""
7月15日，正值盐场晒盐高峰，我院组织内科、急诊科医护人员组成医疗队，走进卤川盐场东片盐田开展防暑降温义诊活动。
义诊现场，医护人员为一线盐工测量血压、血糖，讲解中暑的早期症状和急救方法，并发放藿香正气水、清凉油等防暑药品300余份。
⟦m （图：医护人员为盐工测量血压）⟧
医疗队还对盐场卫生室人员进行了热射病识别与处置培训，现场演示了降温、补液等急救措施。
据了解，今年以来，我院已累计开展各类下基层义诊活动17场，服务群众2600余人次。
""",
    ),
    dict(
        slug="college-qiyi-practicum-plan-html",
        site="漆原职业技术学院 工艺美术系 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="html",
        source="https://gmx.qyzy.edu.cn/info/1033/2207.htm",
        title="工艺美术系2026届漆艺专业学生岗位实习工作方案",
        record_title="工艺美术系2026届漆艺专业学生岗位实习工作方案-工艺美术系",
        date="2025-12-10",
        notes="college department site; placement table; document's own contact person; 日期 field and counter",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>工艺美术系2026届漆艺专业学生岗位实习工作方案-工艺美术系</title></head>
<body>
<div class="header">⟦m 漆原职业技术学院　工艺美术系⟧ ⟦a 学院主页⟧ ⟦a English⟧</div>
<div class="nav">⟦m 系部概况⟧ ⟦m 专业建设⟧ ⟦m 教学管理⟧ ⟦m 学生工作⟧ ⟦m 招生就业⟧</div>
<div class="path">⟦m 当前位置: 首页 &gt;&gt; 教学管理 &gt;&gt; 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 日期：2025-12-10　作者：教学办　点击：[ 412 ]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="close">⟦a 【关闭窗口】⟧ ⟦a 【打印此页】⟧</div>
<div class="footer">⟦m Copyright © 漆原职业技术学院工艺美术系　地址：漆原县大学城文昌路1号⟧</div>
</body></html>
""",
        body="""
根据学院岗位实习管理办法，结合漆艺专业人才培养方案，制定本方案。
一、实习时间：2026年2月23日至6月19日，共17周。
二、实习单位及人数：
实习单位　岗位　人数
漆原漆艺集团有限公司　髹涂、描金　12
漆原县非遗保护中心　文物修复助理　4
篁溪竹漆工艺品厂　产品设计　6
三、实习要求：学生须每周在实习管理平台提交周记，每月提交月度小结；实习结束提交实习报告。
四、安全管理：实习单位须为学生购买实习责任保险，学生从事生漆作业须佩戴防护用品。
联系人：系教学办 倪素心　电话：0856-6689027
工艺美术系
2025年12月10日
""",
    ),
    dict(
        slug="college-xingyuan-lecture-news-text",
        site="星垣大学物理与天文学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://phy.xyu.edu.cn/xwdt/2025/1118/c4012a88213/page.htm",
        title="物理与天文学院举办“系外行星探测”专题学术报告会",
        record_title="物理与天文学院举办“系外行星探测”专题学术报告会-星垣大学物理与天文学院",
        date="2025-11-18",
        notes="dotted date line; share bar glued after the last sentence; writer/reviewer line",
        page="""
!m 星垣大学物理与天文学院
!m 首页　学院概况　师资队伍　人才培养　科学研究　党建工作
!m 新闻动态
{T}
!m 2025.11.18　浏览次数：93
{BODY}
!m 撰稿：祝衡　审核：林见山
!l 上一篇：学院召开2025年研究生导师培训会
!l 下一篇：我院学生在全国大学生天文知识竞赛中获佳绩
""",
        body="""
11月17日下午，物理与天文学院在理科楼报告厅举办“系外行星探测”专题学术报告会，星垣天文台研究员聂北辰应邀作报告。
聂北辰研究员介绍了凌星法、视向速度法等系外行星探测方法的原理，并结合星垣天文台近年来的观测成果，分享了利用小口径望远镜参与国际联测的经验。
报告会上，师生们围绕观测数据处理、行星大气研究等问题与报告人进行了深入交流。学院副院长主持报告会，120余名师生参加。⟦l 分享到：微信｜QQ｜微博⟧
""",
    ),
    dict(
        slug="localforum-sanping-festival-road-text",
        site="伞坪生活圈 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.sanpingquan.com/thread-60127-1-1.html",
        title="关于伞坪纸伞文化节期间桐花街临时交通管制的通告",
        record_title="【扩散】关于伞坪纸伞文化节期间桐花街临时交通管制的通告，开车的看过来",
        date="2025-09-25",
        date_also=["2025-09-26"],
        notes="local forum repost; post time differs from the 通告 date; detour table; replies after",
        page="""
!m 伞坪生活圈　»　便民信息　»　交通出行
!t 【扩散】关于伞坪纸伞文化节期间桐花街临时交通管制的通告，开车的看过来
!m 桐花街老住户　发表于 2025-9-26 07:48
!m 只看楼主　|　阅读 2391　回复 37
!d 本帖为网友转载，内容以官方发布为准
{BODY}
!l 2楼　伞坪小灵通：收到，那几天走环镇路
!l 3楼　吃货阿九：文化节有啥好吃的没
!a 高级模式　|　B　Color　Image　Link　发表回复
!m 伞坪生活圈 sanpingquan.com　客服QQ群：52210877
""",
        body="""
为保障伞坪纸伞文化节期间活动安全有序，决定对桐花街实施临时交通管制。现通告如下：
一、管制时间：2025年10月1日至10月3日，每日8:00至22:00。
二、管制范围：桐花街全段禁止机动车通行，非机动车限速慢行。
三、绕行线路：
方向　绕行路线
往县城方向　环镇路—伞坪大桥—省道
往篁溪方向　河东路—竹林路
四、活动期间请市民游客尽量乘坐公交车或步行前往，停车可到镇中学操场临时停车场。
伞坪镇人民政府
漆原县公安局交通管理大队
2025年9月25日
""",
    ),
    dict(
        slug="localforum-chuyuan-river-notice-html",
        site="楮原论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.chuyuan.cc/t/41172",
        title="楮溪河段纸浆废水排放整治公告",
        record_title="楮溪河段纸浆废水排放整治公告 - 民生热线 - 楮原论坛",
        date="2025-05-20",
        notes="county forum in HTML; the document's own 举报电话 kept beside the forum's contact; quote box",
        page="""
<html><head><meta charset="utf-8"><title>楮溪河段纸浆废水排放整治公告 - 民生热线 - 楮原论坛</title></head>
<body>
<div class="hd">⟦m 楮原论坛 · 楮原人自己的网上家园⟧ ⟦a 快速登录⟧</div>
<div class="crumb">⟦m 楮原论坛 › 民生热线 › 帖子⟧</div>
<div class="post"><div class="who">⟦m 环保志愿者老潘⟧ ⟦m 发布于 2025-05-21 12:06⟧</div>
<h1>{T}</h1>
<div class="msg">
{BODY}
</div>
<div class="quote">⟦l 引用 楮原土著：早该管管了，一到夏天河里就有味道⟧</div>
</div>
<div class="reply">⟦a 回复本帖⟧ ⟦a 点赞(88)⟧ ⟦l 分享到朋友圈⟧</div>
<div class="ft">⟦m 楮原论坛 站务联系：zhanwu@chuyuan.cc⟧</div>
</body></html>
""",
        body="""
近期，群众反映楮溪部分河段有小作坊偷排纸浆废水，造成河水浑浊发臭。为保护楮溪水环境，现就有关事项公告如下：
一、自公告之日起，沿河造纸作坊一律不得直接向河道排放纸浆废水，须建设沉淀池并接入污水管网。
二、6月30日前未完成整改的，依法责令停产整治。
三、欢迎群众监督举报，举报电话：0563-4120369，一经查实给予奖励。
楮原县生态环境分局
2025年5月20日
""",
    ),
    dict(
        slug="download-zhuyou-rules-old-table",
        site="竹友资源站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.zhuyou123.com/soft/10288.html",
        title="竹编车间安全生产操作规程",
        record_title="竹编车间安全生产操作规程 免费下载",
        date=None,
        notes="old table layout with file-info table, mirror links, unzip password and dead-link report; articles speak of 打印; no date (update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>竹编车间安全生产操作规程 免费下载 - 竹友资源站</title></head>
<body>
<table width="100%"><tr><td>⟦m 竹友资源站 www.zhuyou123.com⟧</td><td>⟦a 会员中心⟧ ⟦a 上传资源⟧</td></tr></table>
<table width="100%"><tr><td>⟦m 所在位置：首页 → 规章制度 → 安全生产⟧</td></tr></table>
<table border="1" width="100%">
<tr><td>⟦m 资料名称⟧</td><td>{T}</td></tr>
<tr><td>⟦m 资料大小：24 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2025-06-03⟧</td><td>⟦m 下载次数：1530⟧</td></tr>
</table>
<table width="100%"><tr><td>
{BODY}
</td></tr></table>
<table width="100%"><tr><td>⟦a 电信下载一⟧ ⟦a 联通下载二⟧ ⟦a 备用下载三⟧</td></tr>
<tr><td>⟦a 解压密码：www.zhuyou123.com⟧</td></tr>
<tr><td>⟦a 下载地址失效？点此报告⟧</td></tr></table>
<table width="100%"><tr><td>⟦d 本站资源均收集于网络，仅供学习研究，请在下载后24小时内删除⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　进入车间必须穿戴工作服，操作破竹机、刨片机时必须佩戴防护手套和护目镜。
第二条　设备开机前应检查刀具是否紧固，防护罩是否完好，发现异常及时报修。
第三条　破竹时手与刀口保持30厘米以上距离，严禁用手直接推送竹料。
第四条　竹片、竹丝应分类堆放，通道保持畅通，车间内严禁吸烟和使用明火。
第五条　蒸煮、碳化工序操作人员须经培训合格后上岗，作业记录须当班打印并签字存档。
第六条　下班前关闭设备电源，清理刨花和竹屑。
""",
    ),
    dict(
        slug="download-mifeng-courseware-text",
        site="蜂农资料网 (invented)",
        style="资料下载站",
        genre="其他",
        kind="other",
        form="text",
        source="http://www.fengnongziliao.com/down/kejian/3301.html",
        title="中蜂活框饲养技术培训讲义",
        record_title="中蜂活框饲养技术培训讲义.doc下载",
        date=None,
        notes="download station text page; numbered lists; an update stamp and a year-free document; no date",
        page="""
!m 蜂农资料网　养蜂技术·政策·课件一站下
!m 资料分类：培训课件　　更新：2025-02-11　　大小：1.8MB　　授权：免费
!t 中蜂活框饲养技术培训讲义.doc下载
!a 【立即下载】　【加入下载篮】　【报告错误】
{BODY}
!a 下载说明：请使用迅雷或浏览器自带下载工具，如遇解压失败请重新下载
!l 相关资料：中蜂分蜂技术.ppt　蜂场消毒规程.doc　蜂蜜采收与储存.pdf
""",
        indent="  ",
        body="""
一、活框饲养的好处
1.便于检查蜂群，及时发现病虫害和蜂王情况。
2.便于分蜂、合并和人工育王，提高繁殖效率。
3.取蜜不毁巢，蜂蜜质量好、产量高。
二、过箱的操作要点
1.选择晴暖天气的傍晚进行，避开流蜜期和分蜂期。
2.将巢脾按原来的顺序绑在巢框上，子脾居中，蜜粉脾放两侧。
3.过箱后第二天检查蜂群，发现蜂王丢失要及时介绍新王。
三、日常管理
每7至10天检查一次蜂群，注意保持蜂多于脾，夏季做好遮阳和防胡蜂工作。
""",
    ),
    dict(
        slug="exam-yingchuan-recruit-html",
        site="影川人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.ycrsks.cn/ksgg/2025/0610/779.html",
        title="影川县非物质文化遗产保护中心2025年公开招聘工作人员公告",
        record_title="【招聘公告】影川县非物质文化遗产保护中心2025年公开招聘工作人员公告",
        date="2025-06-10",
        notes="exam site with login box and consult float; exam timetable table; the committee's 咨询电话 beside the site's technical line; 准考证 download sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>影川人事考试网</title></head>
<body>
<div class="head">⟦m 影川人事考试网⟧ ⟦m 公平 公正 公开⟧</div>
<div class="loginbox">⟦a 考生登录⟧ ⟦a 注册账号⟧ ⟦a 找回密码⟧</div>
<div class="nav">⟦m 考试公告⟧ ⟦m 报名入口⟧ ⟦m 成绩查询⟧ ⟦m 政策法规⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-06-10　来源：县人社局⟧</div>
<div class="art">
{BODY}
</div>
<div class="kf">⟦w 在线咨询 报考疑问点我⟧</div>
<div class="foot">⟦m 网站技术支持电话：0827-5500301（仅解答报名系统技术问题）⟧ ⟦m 蜀ICP备18003312号⟧</div>
</body></html>
""",
        body="""
根据工作需要，影川县非物质文化遗产保护中心面向社会公开招聘工作人员3名。现将有关事项公告如下：
一、招聘岗位：皮影戏传承与保护岗2名，文物修复岗1名。
二、报考条件：大专及以上学历，年龄35周岁以下，具有皮影表演或雕刻经历者可放宽至本科以下学历。
三、考试安排：
科目　日期　时间
笔试（综合知识）　2025年7月12日　9:00—11:00
技能测试　2025年7月19日　8:30起
四、考生请于7月8日至11日登录本网站下载打印准考证。
五、咨询电话：0827-5561200（县人社局事业单位人事管理股）
影川县人力资源和社会保障局
2025年6月10日
""",
    ),
    dict(
        slug="exam-xingyuan-interview-text",
        site="星垣市人事考试中心 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.xingyuan.gov.cn/tzgg/20251020/1501.html",
        title="星垣天文台2025年公开招聘科研助理面试公告",
        date="2025-10-20",
        notes="interview list table; 公告日期 byline; site's technical line chrome beside the document's own phone",
        page="""
!m 星垣市人事考试中心
!m 首页 > 考试信息 > 事业单位招聘
{T}
!m 公告日期：2025-10-20　　阅读次数：1766
!a 【打印】　【关闭】
{BODY}
!d 本网站发布的信息以纸质文件为准
!m 报名系统技术支持：0873-5128866　工作时间：8:30-17:30
""",
        body="""
根据《星垣天文台2025年公开招聘科研助理公告》，经资格复审，现将面试有关事项公告如下：
一、面试时间：2025年10月28日上午8:30开始。
二、面试地点：星垣天文台科研楼201会议室。
三、进入面试人员名单：
岗位　姓名　准考证号
观测助理　韩一苇　2025100311
观测助理　沈望舒　2025100327
数据处理助理　易辰光　2025100402
四、面试人员须携带身份证和笔试准考证，于8:00前到达候考室。
联系电话：0873-5136021
星垣天文台人事处
2025年10月20日
""",
    ),
]
