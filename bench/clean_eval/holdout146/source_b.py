"""holdout146, part B: hand-written blind cases (invented sites, counties, people and chrome)."""

CASES = [
    dict(
        slug="anthology-laolin-owl-rescue-wrapped",
        site="老林文存 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://www.laolinwencun.example.org/juan2/047.html",
        title="救过的那几只猫头鹰",
        record_title="《老林文存》卷二·第47篇｜救过的那几只猫头鹰",
        date="2023-11-05",
        notes="a retired ranger's collection: hard-wrapped at 58 columns; date under the signature; chapter nav and a reader count",
        wrap=58,
        indent="　　",
        page="""
!m 老林文存　·　一个护林员的退休笔记
!l 目录　｜　上一篇　｜　下一篇
{T}
!m 本篇字数：612　阅读：1089
{BODY}
!l ← 卷二·第46篇　山火瞭望塔上的冬天
!l 卷二·第48篇　巡山路上的野猪 →
!d 文存内容为作者个人回忆，转载请与作者联系
""",
        body="""
在蓉岭林场干了三十一年，救过的野生动物不少，最难忘的是那几只猫头鹰。
第一只是在1996年的冬天，它撞上了场部的玻璃窗，翅膀耷拉着，眼睛却瞪得溜圆。我用旧棉袄把它裹起来，喂了三天泥鳅，它才能扑腾着站起来。
后来县里成立了野生动物救护站，我们就把受伤的猫头鹰送过去。救护站的小伍告诉我，猫头鹰一晚上能抓好几只老鼠，是庄稼人的好帮手。
退休以后，我还常去救护站当志愿者，给孩子们讲猫头鹰的故事。孩子们最爱问的是，猫头鹰的脑袋为什么能转那么大的圈。
护林护的是树，也是树上的这些生灵。写下这几段，算是给自己的三十一年留个念想。
林长岳
2023年11月5日
""",
    ),
    dict(
        slug="dangjian-haixin-speech-crossborder-branch-html",
        site="海汐党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://dj.haixin-park.example.cn/djdt/2025/0701/1206.html",
        title="在跨境电商产业园党委“七一”表彰大会上的讲话",
        record_title="在跨境电商产业园党委“七一”表彰大会上的讲话",
        date="2025-06-30",
        notes="Party-building site: speaker line and date under the title neutral/document; a 学习强国-style share bar; the document asks members to 扫码 and 关注 (kept)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>海汐党建网</title></head>
<body>
<div class="top">⟦m 海汐党建网　凝聚园区红色力量⟧</div>
<div class="nav">⟦m 首页　党建动态　支部风采　党员教育　红色地图⟧</div>
<div class="loc">⟦m 当前位置 ＞ 党建动态 ＞ 领导讲话⟧</div>
<h1>{T}</h1>
<p>园区党委书记　单少峰</p>
<p>2025年6月30日</p>
<div class="article">
{BODY}
</div>
<div class="share">⟦l 一键分享：朋友圈 · 钉钉 · 复制链接⟧</div>
<div class="right"><h4>⟦l 推荐阅读⟧</h4><ul><li>⟦l 园区新兴领域党建工作观摩侧记⟧</li><li>⟦l 外贸企业党员先锋岗挂牌⟧</li></ul></div>
<div class="footer">⟦m 中共海汐跨境电商产业园委员会主办⟧ ⟦m 技术支持：园区信息中心⟧</div>
</body></html>
""",
        body="""
同志们：
在庆祝中国共产党成立104周年之际，我们召开大会，表彰一批先进基层党组织、优秀共产党员和优秀党务工作者。
过去一年，园区党委坚持把党的组织建在产业链上，新建企业党支部9个，党组织覆盖率由63%提高到81%。
在海外仓建设、跨境物流通关等急难险重任务中，党员先锋岗始终冲在前面，发挥了战斗堡垒作用。
希望受表彰的同志珍惜荣誉、再接再厉，也希望全体党员向先进学习，在岗位上亮身份、作表率。
会后，请各支部组织党员扫码参加园区党史知识答题，并关注园区党委的学习专栏。
""",
    ),
    dict(
        slug="hospital-kangning-parkinson-clinic-html",
        site="康宁市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.kn2yy.example.com/news/yygg/2025-04-10/789.html",
        title="关于开设帕金森病专病门诊的公告",
        record_title="关于开设帕金森病专病门诊的公告_康宁市第二人民医院",
        date="2025-04-10",
        notes="hospital: the department's 咨询电话 kept next to the hospital's appointment line and 24h line in the footer; a floating 在线咨询 box",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开设帕金森病专病门诊的公告_康宁市第二人民医院</title></head>
<body>
<div class="hd">⟦m 康宁市第二人民医院　三级综合医院⟧ ⟦m 预约挂号：0533-96120⟧</div>
<ul class="nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 就医指南⟧</li></ul>
<div class="crumb">⟦m 首页 - 新闻中心 - 医院公告⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 作者：神经内科　发布时间：2025-04-10　点击数：1542⟧</div>
<div class="txt">
{BODY}
</div>
<div class="float">⟦w 在线咨询 点此与导医对话⟧</div>
<div class="ft">⟦m 地址：康宁市建设北路202号　24小时急诊：0533-6120120⟧<br>⟦d 本站信息仅供参考，不能替代医生面诊⟧<br>⟦m 鲁ICP备10023348号⟧</div>
</body></html>
""",
        body="""
为给帕金森病患者提供规范化、连续性的诊疗服务，我院神经内科自2025年4月14日起开设帕金森病专病门诊。
一、出诊时间：每周一、周四全天。
二、出诊地点：门诊楼三楼神经内科诊区6号诊室。
三、服务内容：帕金森病的诊断与鉴别诊断、药物调整、运动并发症评估、康复训练指导及患者随访管理。
四、就诊提示：初诊患者请携带既往病历和用药清单，复诊患者请携带随访手册。
咨询电话：0533-6120387（神经内科护士站）
康宁市第二人民医院
2025年4月10日
""",
    ),
    dict(
        slug="university-xinghu-labour-education-plan-html",
        site="星湖职业技术学院 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.xhvtc.example.edu.cn/jwc/info/1023/5518.htm",
        title="星湖职业技术学院2025年劳动教育周实施方案",
        record_title=None,
        date="2025-03-03",
        notes="college page: title missing in the record (h2 and a decorated <title>); decimal headings 2.1 2.2 kept; a 下载附件 action beside the document's own 附件 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>教务处-星湖职业技术学院</title></head>
<body>
<div id="header">⟦m 星湖职业技术学院⟧ ⟦m 厚德 精技 笃行⟧</div>
<div id="menu">⟦m 学院首页 学校概况 院系设置 教学科研 招生就业 校园生活⟧</div>
<div class="path">⟦m 教务处 >> 通知公告 >> 正文⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布者：教务处　时间：2025年03月03日 10:22　访问次数：677⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="att">⟦a 附件下载：劳动教育周安排表.xlsx（点击下载）⟧</div>
<div class="footer">⟦m 版权所有：星湖职业技术学院　地址：星湖市学府大道88号　邮编：332100⟧</div>
</body></html>
""",
        body="""
为落实劳动教育课程要求，培养学生的劳动意识和劳动技能，学院决定开展2025年劳动教育周活动，特制定本方案。
1. 活动时间
2025年3月10日至5月30日，各班级按学院统一安排分批进行，每班一周。
2. 活动内容
2.1 校园劳动：负责教学楼、实训楼公共区域保洁和校园绿化养护。
2.2 专业劳动：结合专业特点，到实训基地参加设备保养、工位整理等劳动。
2.3 社会劳动：到结对社区参加志愿服务，时长不少于8小时。
3. 考核评价
劳动教育周成绩由辅导员、实训指导教师和社区共同评定，计入劳动教育课程学分。
附件：劳动教育周安排表
教务处
2025年3月3日
""",
    ),
    dict(
        slug="localforum-quyang-drunk-driving-repost",
        site="渠口生活网 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="text",
        source="https://www.qukoulife.example.com/forum.php?mod=viewthread&tid=908112",
        title="关于开展夏季酒驾醉驾集中整治行动的通告",
        record_title="[转帖] 关于开展夏季酒驾醉驾集中整治行动的通告（交警刚发的） - 交通出行 - 渠口生活网",
        date="2025-06-20",
        notes="county forum repost: poster's aside on top, signature and replies; the notice's 举报电话 kept; post time differs, document date expected",
        date_also=["2025-06-21"],
        page="""
!m 渠口生活网 - 渠口人自己的网上家园
!m 首页 › 交通出行 › 帖子详情
!t [转帖] 关于开展夏季酒驾醉驾集中整治行动的通告
!m 路口的风　发表于 2025-06-21 07:45　|　查看 5820　回复 41
!l 大家互相提醒一下，喝酒别开车啊！
{BODY}
!m ——————————————
!m 签名：开车不喝酒，喝酒不开车
!l 2楼　小区门口卖瓜的　刚看到城东有查的
!l 3楼　渠口老司机　支持，早该整治了
!a 登录后才能回复，没有账号？点此注册
""",
        body="""
为有效预防和减少酒驾醉驾交通违法行为，确保夏季道路交通安全，县公安局交通警察大队决定自即日起至9月30日在全县开展酒驾醉驾集中整治行动。现将有关事项通告如下：
一、整治期间，交警部门将在城区主要路口、夜宵集中区域和农村道路开展全天候检查。
二、对饮酒后驾驶机动车的，依法暂扣驾驶证六个月，并处罚款；对醉酒驾驶的，依法追究刑事责任。
三、欢迎广大群众举报酒驾醉驾违法行为，举报电话：0736-7122110。
渠口县公安局交通警察大队
2025年6月20日
""",
    ),
    dict(
        slug="download-ziyuan-village-rules-template-html",
        site="资源宝下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.ziyuanbao.example.net/soft/2024/71235.html",
        title="村规民约（修订稿）",
        record_title="村规民约（修订稿）Word模板免费下载",
        date=None,
        notes="old table layout: file-info table, mirror links, dead-link report; template placeholders ××村 and ××××年××月××日 kept; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>村规民约（修订稿）Word模板免费下载 - 资源宝下载站</title></head>
<body bgcolor="#ffffff">
<table width="960" align="center"><tr><td>⟦m 资源宝下载站 www.ziyuanbao.example.net⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 首页 | 公文模板 | 合同范本 | 表格下载 | 课件资源⟧</td></tr></table>
<table width="960" align="center">
<tr><td>⟦m 您的位置：首页 → 公文模板 → 村务管理⟧</td></tr>
<tr><td><b>{T}</b></td></tr>
<tr><td>⟦m 文件大小：26 KB⟧</td><td>⟦m 文件格式：doc⟧</td><td>⟦m 更新时间：2024-09-17⟧</td><td>⟦m 下载次数：3482⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦a 下载地址：【电信下载】 【联通下载】 【备用下载】⟧</td></tr>
<tr><td>⟦a 链接失效？点此报告死链⟧</td></tr>
<tr><td>⟦d 本站资源均来源于网络，仅供学习参考，请于下载后24小时内删除⟧</td></tr>
</table>
<table width="960" align="center"><tr><td>⟦m 资源宝下载站 版权所有 浙ICP备08019937号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
为推进村民自治，建设文明和谐新村，经××村村民会议讨论通过，制定本村规民约。
第一条　村民应当遵守法律法规，爱党爱国，维护社会稳定。
第二条　提倡婚事新办、丧事简办，红白喜事宴席规模不超过二十桌。
第三条　村民应当自觉维护村庄环境卫生，不乱倒垃圾，不乱堆柴草。
第四条　村民之间发生纠纷，应当先由村调解委员会调解。
第五条　本村规民约自村民会议通过之日起施行。
××村村民委员会
××××年××月××日
""",
    ),
    dict(
        slug="exam-renkao-desalination-plant-recruit-html",
        site="芜洲人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.wuzhourks.example.gov.cn/ksxx/sydw/202505/t20250512_4471.html",
        title="芜洲海水淡化厂2025年公开招聘工作人员公告",
        record_title="【招聘公告】芜洲海水淡化厂2025年公开招聘工作人员公告_芜洲人事考试网",
        date="2025-05-12",
        notes="exam site: a schedule table; the document's 咨询电话 and 监督电话 next to the site's technical support line; the document tells applicants to 打印 准考证",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【招聘公告】芜洲海水淡化厂2025年公开招聘工作人员公告_芜洲人事考试网</title></head>
<body>
<div class="logo">⟦m 芜洲人事考试网⟧</div>
<div class="nav">⟦m 首页 公务员考试 事业单位 职称考试 成绩查询⟧</div>
<div class="pos">⟦m 当前位置：首页 > 事业单位 > 招聘公告⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 【来源：芜洲市人社局】　【时间：2025-05-12】　【阅读：9207】⟧</div>
<div class="content">
{BODY}
</div>
<div class="tool">⟦a 【打印正文】⟧ ⟦a 【关闭】⟧</div>
<div class="foot">⟦m 网站技术支持：0591-8803516（工作日 9:00-17:00）⟧ ⟦m 闽ICP备09021148号⟧</div>
</body></html>
""",
        body="""
根据工作需要，经市人社局同意，芜洲海水淡化厂面向社会公开招聘工作人员6名。现将有关事项公告如下：
一、招聘岗位
岗位　人数　专业要求　学历
水处理工艺员　3　环境工程、给排水科学与工程　本科及以上
设备维修员　2　机械设计制造及其自动化　大专及以上
化验员　1　化学、应用化学　本科及以上
二、报名时间：2025年5月19日至5月23日。
三、笔试时间另行通知，请考生于笔试前三天登录本网站下载并打印准考证。
咨询电话：0591-8826154
监督电话：0591-8826001
芜洲海水淡化厂
2025年5月12日
""",
    ),
    dict(
        slug="tender-hengyuan-manure-treatment-procurement",
        site="衡源县公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ggzy.hengyuan.example.gov.cn/jyxx/002001/20250414/81a7c9.html",
        title="衡源县畜禽粪污资源化利用整县推进项目（二期）设备采购公开招标公告",
        record_title="衡源县畜禽粪污资源化利用整县推进项目（二期）设备采购公开招标公告",
        date="2025-04-14",
        notes="tender page: buyer and agency contacts kept next to the platform's CA hotline; lots table; an info line with 信息来源/浏览 as meta",
        page="""
!m 衡源县公共资源交易平台
!m 交易信息 / 政府采购 / 招标公告
{T}
!m 【信息时间：2025-04-14】【信息来源：县农业农村局】【浏览次数：402】
!a 【我要投标】【收藏项目】【打印】
{BODY}
!m CA数字证书办理咨询：400-862-5573
!l 相关公告：衡源县畜禽粪污资源化利用整县推进项目（一期）中标结果公告
!m 网站标识码：4305250021　湘公网安备43052502000061号
""",
        body="""
项目编号：HYCG-2025-0317
一、项目基本情况
采购预算：386万元。本项目分两个包：
包号　采购内容　预算（万元）
1　固液分离机、有机肥发酵罐　216
2　粪污运输车、沼液还田设备　170
二、投标人资格要求：具有独立承担民事责任的能力，未被列入失信被执行人名单。
三、获取招标文件时间：2025年4月15日至4月21日，在本平台免费下载。
四、投标截止时间：2025年5月8日9时30分。
采购人：衡源县农业农村局，联系人：蒲晓东，电话：0739-6218840
代理机构：湘通项目管理有限公司，联系人：庞雯，电话：0739-6551207
""",
    ),
    dict(
        slug="lawfirm-zhengyan-work-injury-lecture-html",
        site="正言律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://www.zhengyanlaw.example.com/article/lecture-gongshang-2025.html",
        title="工伤认定中的几个常见误区——在物流企业用工合规讲座上的讲稿",
        record_title="法律讲堂丨工伤认定中的几个常见误区——在物流企业用工合规讲座上的讲稿",
        date="2025-05-22",
        notes="law firm: a bracketed 法律讲堂丨 prefix; a not-legal-advice notice; the firm's consult box; a lecture date under the title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>正言律师事务所 - 专业 · 诚信 · 高效</title></head>
<body>
<div class="top">⟦m 正言律师事务所⟧ ⟦w 免费咨询热线 400-091-7720⟧</div>
<nav>⟦m 律所简介　专业领域　律师团队　正言观点　联系我们⟧</nav>
<div class="crumb">⟦m 正言观点 / 法律讲堂⟧</div>
<h1>{T}</h1>
<p class="sub">主讲：正言律师事务所劳动法团队 谭秋实 律师</p>
<p class="sub">2025年5月22日</p>
<div class="post">
{BODY}
</div>
<div class="note">⟦d 本文仅为讲座内容整理，不构成对具体案件的法律意见⟧</div>
<div class="box">⟦w 企业用工风险体检，扫码预约律师上门⟧</div>
<footer>⟦m © 2025 正言律师事务所　粤ICP备18060231号⟧</footer>
</body></html>
""",
        body="""
各位企业负责人、人力资源同事：
今天结合近两年代理的物流企业工伤案件，和大家谈谈工伤认定中的几个常见误区。
误区一：签了“工伤自负”协议就不用承担责任。这类约定违反法律强制性规定，一律无效。
误区二：上下班途中受伤都不算工伤。实际上，在合理时间和合理路线上，受到非本人主要责任的交通事故伤害，应当认定为工伤。
误区三：劳务派遣员工出了事由派遣公司兜底。用工单位同样负有安全保障义务，还可能承担连带责任。
最后提醒大家，依法足额缴纳工伤保险，是企业转移用工风险最经济的办法。
""",
    ),
    dict(
        slug="community-qingshi-ageing-retrofit-notice",
        site="青石社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://qingshi.community.example.cn/notice/2025/0307-62.html",
        title="关于申报2025年居家适老化改造的通知",
        record_title="关于申报2025年居家适老化改造的通知",
        date=None,
        notes="residents' site: no date in the document; a posting line with a relative time (昨天) is no date; the community's own 联系电话 kept; a 居民群 prompt glued after a sentence",
        page="""
!m 青石社区网　家门口的服务站
!m 社区首页 ＞ 通知公告
{T}
!m 社区居委会　发布于 昨天 16:20　已读 311
{BODY}
!l 点赞 12　｜　收藏　｜　转发到居民群
!l 上一条：垃圾分类督导员招募
!l 下一条：社区春季义诊安排
!m 青石社区党群服务中心　地址：青石路58号
""",
        body="""
各位居民：
根据区民政局安排，2025年居家适老化改造申报工作已经开始。现将有关事项通知如下：
一、申报对象：本社区户籍、年满60周岁的特困、低保、低保边缘家庭中的失能、半失能老年人。
二、改造内容：卫生间扶手、防滑地面、床边护栏、紧急呼叫器等，每户补助标准不超过6000元。
三、申报方式：请本人或家属携带身份证、户口簿到社区服务大厅填写申请表。⟦a 加入青石居民群，通知第一时间看⟧
联系电话：0731-8451206（社区民政专干 房丽君）
青石社区居民委员会
""",
    ),
    dict(
        slug="association-jinhe-hardware-pledge-html",
        site="锦河市五金商会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.jhwjsh.example.org.cn/news/show-417.html",
        title="锦河市五金商会诚信经营倡议书",
        record_title="【商会倡议】锦河市五金商会诚信经营倡议书 - 锦河市五金商会",
        date="2025-03-15",
        notes="association site: decorated title; member login, join button; the association's own e-mail kept; a 会员单位 scroller",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【商会倡议】锦河市五金商会诚信经营倡议书 - 锦河市五金商会</title></head>
<body>
<div class="head">⟦m 锦河市五金商会　JINHE HARDWARE CHAMBER⟧ <a>⟦a 会员登录⟧</a> <a>⟦a 申请入会⟧</a></div>
<div class="menu">⟦m 首页 | 商会概况 | 商会动态 | 会员风采 | 政策法规 | 联系我们⟧</div>
<div class="here">⟦m 首页 ＞ 商会动态 ＞ 通知公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布人：秘书处　日期：2025-03-15　浏览：263次⟧</div>
<div class="body">
{BODY}
</div>
<marquee>⟦l 会员单位：锦河恒通五金机电 · 锦河双利工具 · 锦河宏达紧固件⟧</marquee>
<div class="ft">⟦m 锦河市五金商会秘书处　电话：0752-3306719⟧ ⟦m 粤ICP备15077412号⟧</div>
</body></html>
""",
        body="""
全体会员单位：
在“3·15”国际消费者权益日到来之际，锦河市五金商会向全体会员单位发出如下倡议：
一、明码标价，不虚标材质和规格，不以次充好。
二、完善售后服务，对存在质量问题的产品主动退换。
三、自觉抵制假冒伪劣产品，发现线索及时向商会和市场监管部门反映。
四、加强行业自律，不恶意压价，不诋毁同行。
商会将对会员单位诚信经营情况开展评议，评议结果在会员大会上通报。意见建议请发送至商会邮箱jhwjsh@example.org.cn。
锦河市五金商会
2025年3月15日
""",
    ),
]
