"""holdout121, part C: 党建网, 医院官网, 高校官网, 地方论坛, 资料下载站, 人事考试网 (two each).
Invented text (places, people, sites, URLs, chrome); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="dangjian-tieqiang-militia-speech-text",
        site="垌坪党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.dongping.example.gov.cn/ldjh/2025/0320/1772.html",
        title="在全县基干民兵整组点验大会上的讲话",
        record_title="【领导讲话】在全县基干民兵整组点验大会上的讲话 - 垌坪党建网",
        date="2025-03-20",
        notes="Party-building site: decorated record title; speaker line and date under the title neutral; a study-points box and a '学习强国' prompt between paragraphs; bottom tools",
        indent="　　",
        page="""
!m 垌坪党建网　|　忠诚 干净 担当
!m 当前位置：首页 → 领导讲话
!t 【领导讲话】在全县基干民兵整组点验大会上的讲话 - 垌坪党建网
县委常委、人武部政委　龙德荣
（2025年3月20日）
!m 来源：县人武部　编辑：向小梅　浏览量：604
{BODY}
!a 【字体：大 中 小】【打印】【关闭】
!l 上一篇：全县征兵工作会议召开　下一篇：民兵应急分队开展防汛演练
!m 中共垌坪县委组织部主办　技术支持：垌坪县融媒体中心
""",
        body="""
同志们：
今天，我们在这里召开全县基干民兵整组点验大会，目的是检验整组成效，激发民兵队伍的荣誉感和责任感。
今年全县共编建基干民兵分队二十四个，其中应急连一个、专业分队九个，编组人员一千零八十人。
⟦l 【学习要点】民兵整组要做到组织落实、人员落实、装备落实⟧
第一，要强化政治引领。各乡镇党委要把民兵工作纳入党建工作总体布局，落实党管武装各项制度。
第二，要突出实战化训练。要围绕防汛抢险、森林防火、应急处突等任务开展针对性训练。
第三，要加强日常管理。建立民兵外出报告制度，确保平时找得到、急时拉得出、战时用得上。
同志们，希望大家以这次点验为新起点，推动全县民兵工作再上新台阶。
""",
    ),
    dict(
        slug="dangjian-baomi-lecture-html-column",
        site="嵋川机关党建 (invented)",
        style="党建网",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://jgdj.meichuan.example.gov.cn/dkzl/2025/11/t20251106_90331.html",
        title="守牢保密底线　筑牢安全防线——在市直机关保密教育专题党课上的讲稿",
        record_title="守牢保密底线　筑牢安全防线——在市直机关保密教育专题党课上的讲稿",
        date="2025-11-06",
        record_date="2025-11-06",
        notes="HTML Party-building column: record title and date; speaker line neutral; a study-platform box on the side; a 'download the PPT' sentence kept in the body; QR follow footer",
        page="""
<html><head><meta charset="utf-8"><title>守牢保密底线　筑牢安全防线_嵋川机关党建</title></head><body>
<div class="header">⟦m 嵋川机关党建⟧ ⟦m 中共嵋川市直属机关工作委员会主办⟧</div>
<div class="nav">⟦l 首页 | 工委动态 | 支部建设 | 党课在线 | 廉政教育⟧</div>
<div class="where">⟦m 您的位置：首页 > 党课在线⟧</div>
<h1>⟦t 守牢保密底线　筑牢安全防线——在市直机关保密教育专题党课上的讲稿⟧</h1>
<p class="speaker">市保密局党组书记、局长　司马兰</p>
<p class="date">⟦m 时间：2025-11-06　来源：市保密局　阅读：903⟧</p>
{BODY}
<div class="side">⟦l 党课在线 · 最新⟧<ul><li>⟦l 从党史中汲取奋进力量⟧</li><li>⟦l 做新时代合格党员⟧</li></ul></div>
<div class="qr">⟦a 扫码关注“嵋川机关党建”，党课随身学⟧</div>
<div class="bottom">⟦d 版权所有 © 嵋川市直属机关工作委员会　未经授权禁止复制或建立镜像⟧</div>
</body></html>
""",
        body="""
同志们：
保密工作事关国家安全和利益，机关干部每天接触大量涉密信息，必须时刻绷紧保密这根弦。
一、当前泄密的主要渠道。从近年查处的案件看，通过微信、网盘传输涉密文件，在非涉密计算机上处理涉密信息，是最突出的问题。
二、机关干部要守住的几条底线。涉密文件不得拍照、不得上传，涉密计算机严禁连接互联网，离岗必须锁屏。
三、如何把保密要求落到日常。各支部要每季度开展一次保密自查，新进人员上岗前必须接受保密培训。
本次党课的课件已上传到机关内网，各支部可下载后组织党员再学习。
""",
    ),
    dict(
        slug="hospital-kangqiao-scoliosis-screening-html-float",
        site="苡原县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yiyuanrmyy.example.cn/news/yygg/2025-09-01/3307.html",
        title="关于开展中小学生脊柱侧弯免费筛查的公告",
        record_title="【医院公告】关于开展中小学生脊柱侧弯免费筛查的公告",
        date="2025-09-01",
        notes="hospital HTML: floating consult box and 预约挂号 / 24小时急诊 lines in the footer; the department's own 咨询电话 kept; 扫码预约 sentence kept; schedule table",
        page="""
<html><head><meta charset="utf-8"><title>关于开展中小学生脊柱侧弯免费筛查的公告-苡原县人民医院</title></head><body>
<div class="logo">⟦m 苡原县人民医院　二级甲等综合医院⟧</div>
<ul class="menu">⟦l 医院概况　就医指南　科室导航　专家介绍　健康科普⟧</ul>
<div class="loc">⟦m 首页 » 新闻中心 » 医院公告⟧</div>
<h1>⟦t 关于开展中小学生脊柱侧弯免费筛查的公告⟧</h1>
<div class="info">⟦m 发布者：宣传科　日期：2025-09-01　浏览：2210⟧</div>
{BODY}
<div class="float">⟦w 在线咨询　预约挂号：0813-6002222⟧</div>
<div class="foot">⟦m 24小时急诊：0813-6002120⟧ ⟦m 地址：苡原县健康路1号⟧<br>⟦d 本网站健康信息仅供参考，不能代替医生诊疗⟧</div>
</body></html>
""",
        body="""
脊柱侧弯是青少年常见的脊柱畸形，早发现、早干预效果最好。为此，我院骨科联合县教育体育局，于九月开展中小学生脊柱侧弯免费筛查活动。
一、筛查对象
全县小学五年级至初中三年级在校学生。
二、筛查安排
学校　日期　地点
县第一中学　9月8日至9月10日　学校体育馆
城关小学　9月11日至9月12日　学校医务室
县实验中学　9月15日至9月17日　学校报告厅
三、其他事项
初筛阳性的学生，由骨科专家进一步检查并给出矫治建议，家长可扫码预约复查时间。
骨科咨询电话：0813-6002316（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="hospital-gaoyuan-echinococcosis-news-text",
        site="簋川县疾病预防控制中心 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.guichuancdc.example.org.cn/gzdt/20250716/221.html",
        title="县疾控中心深入牧区开展包虫病筛查",
        record_title="县疾控中心深入牧区开展包虫病筛查",
        date="2025-07-16",
        notes="CDC news: the title repeated on the page; 发布时间 byline with 年月日 as the date; a photo caption between paragraphs; an editor/审核 line glued after the last sentence",
        page="""
!m 簋川县疾病预防控制中心　　疾控动态
!t 县疾控中心深入牧区开展包虫病筛查
!m 发布时间：2025年07月16日　【 字体：大 中 小 】　点击：377
{BODY}
!l 【相关链接】包虫病防治知识问答
!m 单位地址：簋川县团结路44号　邮编：624300
!d 簋川县疾病预防控制中心 版权所有
""",
        body="""
7月14日至16日，县疾控中心组织医务人员深入三个牧业乡开展包虫病筛查，共为一千二百余名牧民进行了腹部B超检查。
筛查中发现疑似病例七例，已全部转诊至县人民医院进一步确诊治疗。
⟦m 图为医务人员为牧民进行B超检查⟧
工作人员还走进帐篷，发放防治宣传册，讲解犬只驱虫、饭前洗手、不喝生水等预防知识。
下一步，县疾控中心将配合畜牧部门开展犬只登记和定期驱虫，从源头上阻断包虫病传播。⟦m （供稿：地病科　审核：卓玛）⟧
""",
    ),
    dict(
        slug="university-shuxiang-reading-club-news-html",
        site="镡城学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tanchengxy.example.edu.cn/info/1021/9931.htm",
        title="我校“青灯”读书会举办第一百期共读活动",
        record_title="我校“青灯”读书会举办第一百期共读活动-镡城学院",
        date="2025-11-29",
        notes="university HTML: byline with 作者/摄影/审核 and 发布时间; photo caption; a 'prev/next' pair and 'close' link; footer with address and 备案",
        page="""
<html><head><meta charset="utf-8"><title>我校“青灯”读书会举办第一百期共读活动-镡城学院</title></head><body>
<div class="top">⟦m 镡城学院 TANCHENG COLLEGE⟧　⟦l 信息门户｜图书馆｜English⟧</div>
<nav>⟦l 学校概况　院系设置　教育教学　科学研究　招生就业⟧</nav>
<div class="pos">⟦m 当前位置: 首页>>校园新闻>>正文⟧</div>
<h2>⟦t 我校“青灯”读书会举办第一百期共读活动⟧</h2>
<div class="by">⟦m 作者：文学院　庞悦　摄影：学生记者团　审核：刘建⟧　⟦m 发布时间：2025-11-29⟧　⟦m 点击数：1106⟧</div>
{BODY}
<div class="pn">⟦l 上一条：我校在省大学生数学竞赛中获佳绩⟧<br>⟦l 下一条：图书馆开展“图书漂流”活动⟧</div>
<div class="cl">⟦a 【关闭】⟧</div>
<footer>⟦m 地址：镡城市大学城学府路1号　邮编：541000⟧<br>⟦m 桂ICP备10200311号⟧</footer>
</body></html>
""",
        body="""
11月28日晚，我校“青灯”读书会在图书馆四楼研讨室举办第一百期共读活动，一百余名师生共读《乡土中国》。
“青灯”读书会成立于2021年，由文学院教师发起，每两周开展一次共读，四年来累计参与师生五千余人次。
⟦m 活动现场⟧
活动中，同学们围绕“差序格局”“礼治秩序”等概念展开讨论，结合自己家乡的见闻分享读书体会。
学校党委副书记到场并为读书会骨干成员颁发证书，鼓励同学们多读书、读好书。
""",
    ),
    dict(
        slug="university-jiqiren-robot-team-summary-text",
        site="锟川职业技术学院机电系 (invented)",
        style="高校官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://jdx.kczy.example.edu.cn/xwdt/2025/0928/556.html",
        title="机电系机器人竞赛队2025年度工作总结",
        record_title="机电系机器人竞赛队2025年度工作总结 - 机电工程系 - 锟川职业技术学院",
        date="2025-09-26",
        date_also=["2025-09-28"],
        notes="department page: 发布时间 28th, 成文日期 26th (the document's expected, byline also accepted); a table of awards; decimal headings 1.1/1.2; department footer",
        page="""
!m 锟川职业技术学院 · 机电工程系
!l 系部首页　系部概况　专业建设　学生工作　竞赛风采
!m 当前位置：系部首页 > 竞赛风采
!t 机电系机器人竞赛队2025年度工作总结 - 机电工程系 - 锟川职业技术学院
!m 发布人：jdx_admin　发布时间：2025-09-28 10:21　浏览次数：288
{BODY}
!l ∨ 下一篇：2025级新生入学教育活动安排
!m Copyright © 锟川职业技术学院机电工程系　地址：锟川市职教园区
""",
        body="""
2025年，系机器人竞赛队在系党总支的领导下，坚持以赛促学、以赛促教，全年参加各级各类竞赛五项，取得较好成绩。
1 主要成绩
赛事　级别　成绩
全国职业院校技能大赛工业机器人赛项　国家级　三等奖
省大学生机器人大赛　省级　一等奖
市智能制造技能竞赛　市级　一等奖
2 主要做法
2.1 分层选拔队员。面向一二年级学生公开招募，通过笔试、实操两轮考核，组建梯队。
2.2 校企联合指导。聘请合作企业工程师担任技术指导，每周到校指导两次。
3 存在的不足
训练设备更新不及时，部分赛项只能借用企业设备训练，下一年度将争取专项经费予以解决。
机电工程系机器人竞赛队
2025年9月26日
""",
    ),
    dict(
        slug="localforum-shizi-lion-dance-recruit-junk",
        site="峁原生活网 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.maoyuanlife.example.com/thread-55218-1-1.html",
        title="峁原县醒狮队2026年春节巡演招募队员的通知",
        record_title="峁原县醒狮队2026年春节巡演招募队员的通知 - 峁原杂谈 - 峁原生活网",
        date="2025-12-12",
        notes="local forum with junk lines and glued junk; 发表于 equal to 成文日期; the team's own 报名 phone kept; quoted reply and 'top' buttons",
        junk=dict(lines=2, glued=2),
        page="""
!m 峁原生活网 › 峁原杂谈 › 帖子详情
!m 阅读 2,311 | 回帖 47 | 收藏 9
!t 峁原县醒狮队2026年春节巡演招募队员的通知 - 峁原杂谈 - 峁原生活网
!m 狮头阿坤 | 发表于 2025-12-12 12:40 | 楼主
{BODY}
!l 顶　踩　回复　分享到朋友圈
!l 2# 豆腐西施 2025-12-12 13:05 | 我家孩子十二岁能报吗？
!l 3# 狮头阿坤 回复 2# 可以的，带上孩子来试试
!d 免责声明：本帖由网友发布，内容真实性请自行核实
""",
        body="""
各位乡亲：
为丰富春节期间群众文化生活，峁原县醒狮队计划于2026年正月初一至正月十五在全县各乡镇开展舞狮巡演，现面向社会招募队员。
一、招募对象
年满十四周岁、身体健康、吃得了苦的舞狮爱好者，有武术、体操基础者优先。
二、训练安排
每周二、四、六晚上七点至九点在县文化广场集中训练，由老队长亲自带教。
三、报名方式
报名电话：13707783561（黄师傅），报名截止到12月31日。
峁原县醒狮队
2025年12月12日
""",
    ),
    dict(
        slug="localforum-tingche-parking-fee-html-county",
        site="靛川论坛 (invented)",
        style="地方论坛",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.dianchuanbbs.example.com/t/88301.html",
        title="关于调整县城公共停车场收费标准的公告",
        record_title="[转帖] 关于调整县城公共停车场收费标准的公告 - 民生热点 - 靛川论坛",
        date="2025-10-15",
        date_also=["2025-10-17"],
        notes="county forum HTML with jammer fonts; a repost of a notice with its own 成文日期 (expected) and the forum post date (also accepted); fee table kept; 举报/监督 phone of the notice kept beside the forum's ad",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[转帖] 关于调整县城公共停车场收费标准的公告 - 民生热点 - 靛川论坛</title>
<style>.jammer{display:none}</style></head><body>
<div class="hd">⟦m 靛川论坛 · 靛川人自己的网上家园⟧ ⟦a 注册｜登录｜发帖⟧</div>
<div class="crumb">⟦m 靛川论坛 > 民生热点⟧</div>
<h1>⟦t [转帖] 关于调整县城公共停车场收费标准的公告⟧</h1>
<div class="author">⟦m 路过的老张　发表于 2025-10-17 08:55　来自手机⟧</div>
<div class="msg">
{BODY}
</div>
<div class="ad">⟦a 【广告】靛川驾校冬季班报名中，学车找老孟⟧</div>
<div class="reply">⟦l 回复(63)　只看楼主　倒序⟧</div>
<div class="ft">⟦m 靛川论坛 客服热线：0745-2288006⟧</div>
</body></html>
""",
        body="""
为合理配置城区停车资源，缓解中心城区停车难，经县发展和改革局批准，现对县城公共停车场收费标准调整如下。
停车场类别　首小时　超过一小时
一类（中心商业区）　3元　每小时2元
二类（一般区域）　2元　每小时1元
新标准自2025年11月1日起执行，停放不超过十五分钟的车辆免费。
新能源汽车首小时免费，残疾人专用车辆凭证免费停放。
价格监督电话：0745-2218315。
靛川县城市管理局
2025年10月15日
""",
    ),
    dict(
        slug="download-ziyuanku-brucellosis-plan-html-mirrors",
        site="资源库下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.ziyuanku.example.net/soft/37719.html",
        title="锷溪县2025年布鲁氏菌病防控工作实施方案",
        record_title="锷溪县2025年布鲁氏菌病防控工作实施方案.doc下载",
        date="2025-04-08",
        notes="old ASP download station: file-info table (size, language, licence, update time), three mirror links, a dead-link report, a marquee; decorated title '.doc下载'; 附件 list kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>锷溪县2025年布鲁氏菌病防控工作实施方案.doc下载 - 资源库下载站</title></head>
<body><table width="980"><tr><td>
<marquee>⟦m 资源库下载站：绿色、安全、免费，所有资料均经人工审核！⟧</marquee>
<div class="nav">⟦l 首页 | 公文范文 | 教学课件 | 行业资料 | 排行榜⟧</div>
<div class="pos">⟦m 您的位置：首页 → 行业资料 → 畜牧兽医⟧</div>
<h1>⟦t 锷溪县2025年布鲁氏菌病防控工作实施方案.doc下载⟧</h1>
<table class="info">
<tr><td>⟦m 资料大小：48 KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 更新时间：2025-11-21⟧</td></tr>
</table>
<div class="intro"><b>⟦m 资料简介：⟧</b></div>
{BODY}
<div class="down"><b>⟦a 下载地址：⟧</b>⟦a 电信下载一⟧ ⟦a 联通下载二⟧ ⟦a 本地高速下载⟧</div>
<div class="err">⟦a 下载地址无效？点此报告死链⟧</div>
<div class="copy">⟦d 本站资料仅供学习研究之用，请在下载后24小时内删除。⟧</div>
</td></tr></table></body></html>
""",
        body="""
为有效防控布鲁氏菌病，保障畜牧业生产安全和人民群众身体健康，制定本方案。
一、防控目标
全县羊只布病免疫密度达到应免数量的百分之九十以上，人间布病新发病例数比上年下降。
二、主要措施
（一）强化免疫。在春秋两季集中开展羊只布病疫苗免疫，免疫后建立档案、加施耳标。
（二）加强监测。每季度对养殖场户开展血清学监测，阳性畜一律扑杀并作无害化处理。
（三）规范调运。跨县调入的羊只必须持有检疫证明，到达后隔离观察三十天。
（四）加强宣传。重点对养殖户、屠宰工人等高危人群开展个人防护知识宣传。
附件：1.布病免疫情况统计表
2.布病监测采样计划表
锷溪县农业农村局　锷溪县卫生健康局
2025年4月8日
""",
    ),
    dict(
        slug="download-yangzhi-rabbit-tech-summary-text",
        site="养殖资料下载网 (invented)",
        style="资料下载站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://down.yangzhiziliao.example.com/rabbit/2025/1188.html",
        title="钲川镇肉兔养殖技术推广工作总结",
        record_title="钲川镇肉兔养殖技术推广工作总结",
        date=None,
        notes="download page text: no date at all (no 成文日期, no byline); a recommended-level row and download count; download buttons; a site-uptime line",
        page="""
!m 养殖资料下载网 — 专业养殖技术资料库
!m 首页 ＞ 特种养殖 ＞ 兔
{T}
!m 推荐等级：★★★★☆　下载次数：1320　文件类型：TXT
!a 【立即下载】【加入收藏】【报告错误】
{BODY}
!l 同类资料：獭兔冬季管理要点 / 兔舍建设标准图
!d 资料来源于网络，仅供学习参考，如有侵权请与管理员联系。
!m 站长QQ：80017326　本站已运行 4528 天
""",
        body="""
近年来，钲川镇把肉兔养殖作为帮助农户增收的特色产业，镇农业服务中心围绕良种、饲料、防疫三个环节开展技术推广，取得明显成效。
一是推广良种。引进伊拉、伊普吕等优良品种种兔二千只，建立扩繁场三个，为养殖户提供优质仔兔。
二是推广全价颗粒饲料。指导养殖户按生长阶段配制饲料，出栏时间平均缩短十天。
三是推广程序化免疫。统一开展兔瘟、巴氏杆菌病疫苗免疫，仔兔成活率提高到百分之八十五以上。
全镇现有规模养兔场户四十六家，年出栏肉兔三十二万只，带动农户户均增收一万二千元。
下一步，将引导养殖户组建合作社，统一收购、统一销售，进一步降低市场风险。
""",
    ),
    dict(
        slug="exam-yuyan-putonghua-test-notice-html",
        site="铙坪市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.npkaoshi.example.gov.cn/tzgg/2025/0908/4410.html",
        title="关于2025年第四季度普通话水平测试报名工作的通知",
        record_title="【考务公告】关于2025年第四季度普通话水平测试报名工作的通知",
        date="2025-09-08",
        notes="exam portal HTML: 考务公告 decoration; the committee's 咨询电话 beside the site's technical line; 准考证 下载打印 sentence kept; schedule table; a login box on the side",
        page="""
<html><head><meta charset="utf-8"><title>关于2025年第四季度普通话水平测试报名工作的通知-铙坪市人事考试网</title></head><body>
<div class="hd">⟦m 铙坪市人事考试网⟧ ⟦m 公平　公正　科学　高效⟧</div>
<div class="nav">⟦l 首页　考试动态　考务公告　成绩查询　证书办理⟧</div>
<div class="login">⟦a 考生登录　｜　忘记密码⟧</div>
<h1>⟦t 关于2025年第四季度普通话水平测试报名工作的通知⟧</h1>
<div class="meta">⟦m 信息来源：市语言文字工作委员会办公室　发布日期：2025-09-08⟧</div>
{BODY}
<div class="tech">⟦m 网上报名技术支持电话：0731-8455900（工作日9:00-17:00）⟧</div>
<div class="ft">⟦d 主办单位：铙坪市人事考试中心　未经许可不得转载⟧</div>
</body></html>
""",
        body="""
各有关单位、各位考生：
根据省语言文字工作委员会安排，现将我市2025年第四季度普通话水平测试报名工作有关事项通知如下。
一、测试对象
在校大学生、教师资格申请人及其他有普通话等级证书需求的社会人员。
二、时间安排
事项　时间
网上报名　9月15日至9月21日
打印准考证　10月8日至10月10日
测试　10月11日至10月19日
三、有关要求
考生须在规定时间内登录报名系统下载打印准考证，测试时携带准考证和身份证原件。
四、咨询电话
市语委办：0731-8455123。
铙坪市语言文字工作委员会办公室
2025年9月8日
""",
    ),
    dict(
        slug="exam-jisuanji-ncre-notice-text-wrapped",
        site="峤湾人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.qiaowan.example.gov.cn/ksdt/202512/t20251203_771.html",
        title="2026年3月全国计算机等级考试报名公告",
        record_title="2026年3月全国计算机等级考试报名公告",
        date="2025-12-03",
        record_date="2025-12-03",
        notes="record title and date; the notice wrapped at 70 columns; numbered list 1. 2. 3.; a 'scan QR for exam news' follow prompt at the bottom (chrome) and a 缴费 sentence kept",
        wrap=70,
        page="""
!m 峤湾人事考试信息网　>　考试动态
{T}
!m 2025-12-03 | 来源：本网 | 【大 中 小】
{BODY}
!a 扫一扫，关注峤湾考试微信号，考试资讯不错过
!l 附件下载区：暂无
!m 峤湾市人事考试中心　版权所有
""",
        body="""
2026年3月全国计算机等级考试（NCRE）将于3月28日至30日举行，现将我市考区报名有关事项公告如下。
1.报名时间：2025年12月10日9:00至12月20日17:00，逾期不予补报。
2.报名方式：考生登录全国计算机等级考试报名系统进行网上报名，上传本人近期免冠证件照。
3.考试科目：开考一级至四级全部科目，考生可同时报考多个不同科目，但同一时间段只能报考一个科目。
4.缴费：报名信息审核通过后，考生须在规定时间内完成网上缴费，未缴费的视为放弃报名。
考生应认真阅读考试须知，如实填写报名信息，因信息错误导致无法参加考试的，责任由考生自负。
""",
    ),
]
