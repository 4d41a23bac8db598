"""holdout197, part E: education portals, university sites, hospital sites, personnel-exam sites and training schools.

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="taoyang-edu-notice-stationery-check-attachment",
        site="鼗阳教育网 (invented education-bureau portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.taoyang.gov.cn/tzgg/2024/0910/5528.html",
        title="关于开展学生荧光笔记号笔等文具质量联合检查的通知",
        record_title="关于开展学生荧光笔记号笔等文具质量联合检查的通知 - 通知公告 - 鼗阳教育网",
        date="2024-09-09",
        date_also=["2024-09-10"],
        notes="education portal with 适老版/读屏 links, an attachment download link beside the notice's own 附件 "
        "line, the site's technical line beside the notice's 联系人/电话; two issuing bodies; 发布日期 differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展学生荧光笔记号笔等文具质量联合检查的通知 - 通知公告 - 鼗阳教育网</title></head>
<body>
<div class="edu-tools">⟦a 适老版 ｜ 读屏模式 ｜ 设为首页⟧</div>
<div class="edu-logo">⟦m 鼗阳教育网　鼗阳县教育局主办⟧</div>
<div class="edu-nav">⟦m 首页　教育动态　通知公告　政策法规　招生考试　校园安全⟧</div>
<div class="edu-main">
<div class="edu-loc">⟦m 首页 / 通知公告 / 正文⟧</div>
<h2>{T}</h2>
<div class="edu-meta">⟦m 发布日期：2024-09-10　发布单位：安全股　阅读：2,406⟧</div>
<div class="edu-text">
{BODY}
</div>
<div class="edu-att">⟦a 附件下载：校园周边文具店检查记录表.xlsx（24KB）⟧</div>
<div class="edu-pn">⟦l 上一条：关于做好2024年秋季学期校车安全管理工作的通知⟧<br>⟦l 下一条：鼗阳县2024年教师节表彰名单公示⟧</div>
</div>
<div class="edu-foot">⟦m 主办：鼗阳县教育局　网站技术支持电话：0738-6619900⟧<br>⟦m 湘ICP备06003318号-2⟧</div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
近期，县消保委调查发现部分学生荧光笔、记号笔存在可迁移元素超标、气味刺鼻等问题。为保障学生身体健康，县教育局、县市场监管局决定联合开展校园周边学生文具质量检查。现将有关事项通知如下：
一、检查时间：2024年9月16日至10月15日。
二、检查内容：学校小卖部及校园周边200米内文具店销售的荧光笔、记号笔、涂改液等产品的标识、执行标准和进货票据。
三、工作要求：各学校要对校内小卖部开展自查，并通过班会提醒学生不咬笔头、不购买“三无”文具，9月30日前将自查情况报县教育局安全股。
附件：校园周边文具店检查记录表
联系人：阮老师　电话：0738-6612307
鼗阳县教育局　鼗阳县市场监督管理局
2024年9月9日
""",
    ),
    dict(
        slug="pihu-edu-plan-stair-mats-decimal-headings",
        site="鼙湖教育网 (invented, text page)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.pihujy.cn/jydt/2024/0618/1337.html",
        title="鼙湖县中小学校楼梯及卫生间防滑改造实施方案",
        record_title="鼙湖县中小学校楼梯及卫生间防滑改造实施方案_教育动态_鼙湖教育网",
        date="2024-06-17",
        notes="education portal text with decimal headings 1 / 1.1 / 2.1 kept in the body; a smart-Q&A prompt "
        "between sections; 成文日期 under the signature",
        page="""
!m 鼙湖教育网
!m 当前位置：首页 › 教育动态 › 校园安全
{T}
!m 作者：县教育局基建股　来源：本站　点击数：967
!a 【大 中 小】【打印】【关闭】
{BODY}
!a 有疑问？试试“智能问教”，7×24小时在线
!l 相关链接：鼙湖县2024年校舍安全隐患排查方案　｜　暑期校园维修工程进度通报
!m 鼙湖县教育局　版权所有　湘ICP备12009044号
""",
        body="""
为预防校园滑倒踩踏事故，根据县教育局年度安全工作要点，制定本方案。
1 改造范围
1.1 全县中小学、幼儿园教学楼楼梯踏步、连廊出入口及学生卫生间。
1.2 优先安排建成10年以上、地面为抛光砖或水磨石的校舍。
2 改造内容
2.1 楼梯踏步加装防滑条，出入口铺设防滑垫，雨天增铺吸水地垫。
2.2 学生卫生间地面铺设镂空防滑垫，并确保不遮挡地漏。
⟦l 延伸阅读：校园防踩踏应急疏散演练要点⟧
3 进度安排
3.1 7月15日前各校上报需求，8月25日前完成施工。
3.2 9月开学前，县教育局组织验收，未完成的学校不得投入使用。
鼙湖县教育局
2024年6月17日
""",
    ),
    dict(
        slug="biling-college-news-fitters-festival-h1",
        site="筚岭职业技术学院 (invented vocational college)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.blzy.edu.cn/info/1021/8877.htm",
        title="机电工程学院举办第五届钳工技能节",
        record_title=None,
        date="2024-11-22",
        notes="college news: no title in the record (the <h1>); a dotted date line as the page's date; a photo "
        "caption between paragraphs; 文/图/审核 line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>筚岭职业技术学院-学院新闻</title></head>
<body>
<div class="college-top">⟦m 筚岭职业技术学院⟧　⟦a 信息门户 | 图书馆 | English⟧</div>
<div class="college-nav">⟦m 学院概况　院系设置　招生就业　学院新闻　校园文化⟧</div>
<div class="college-loc">⟦m 当前位置：首页 &gt;&gt; 学院新闻 &gt;&gt; 院部动态⟧</div>
<div class="college-art">
<h1>{T}</h1>
<div class="college-date">⟦m 2024.11.22　来源：机电工程学院　浏览：368⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="college-pn">⟦l 上一条：学院召开2024年秋季学期教学检查反馈会⟧<br>⟦l 下一条：我院学子在省职业院校技能大赛中获佳绩⟧</div>
</div>
<div class="college-foot">⟦m 地址：筚岭县学府路1号　邮编：418300　招生咨询：0739-7366001⟧<br>⟦m 版权所有 © 筚岭职业技术学院　湘ICP备13002907号⟧</div>
</body></html>
""",
        p_html='<p class="vsbcontent_start" style="text-indent:2em;">{}</p>',
        body="""
11月20日，机电工程学院第五届钳工技能节在实训中心开幕，来自3个年级的126名学生参加了锉配、錾削和工具识别三项比赛。
在工具识别环节，评委随机拿出钢丝钳、尖嘴钳、鲤鱼钳、卡簧钳等18种钳类工具，选手需在两分钟内说出名称和用途。不少选手准确说出了“卡簧钳分内卡和外卡”，赢得现场掌声。
⟦m 图为选手在锉配项目中比赛（学院宣传部 供图）⟧
学院实训中心主任阮建平表示，技能节已连续举办五年，成为学生展示工匠精神的舞台。本届比赛的优胜选手将代表学院参加省职业院校技能大赛。⟦m （文/阮思远　图/陈默　审核/邹涛）⟧
""",
    ),
    dict(
        slug="ruanjiang-university-notice-invigilator-armbands",
        site="阮江学院教务处 (invented university site, text)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jwc.rjxy.edu.cn/tz/2025/0102/3321.htm",
        title="关于期末考试监考人员佩戴袖标的通知",
        record_title="关于期末考试监考人员佩戴袖标的通知-教务处-阮江学院",
        date="2025-01-02",
        notes="university office text page: a campus-VPN line and a 'visits' line at the top; the notice's own "
        "联系人/电话 beside the office's service phone in the footer; a print link glued after a sentence",
        page="""
!m 阮江学院教务处 ｜ 校内访问请先连接校园VPN
!m 首页 » 通知公告 » 考务管理
{T}
!m 发布者：考务科　　访问量：1,532
{BODY}
!l 附件下载区（0）
!m 教务处办公电话：0731-8876000　地址：行政楼305
!m Copyright © 阮江学院 All Rights Reserved
""",
        indent="\u3000\u3000",
        body="""
各学院、各位监考教师：
为进一步规范考场管理，便于学生和巡考人员识别，自本学期期末考试起，全体监考人员在监考期间须佩戴红色“监考”袖标。现将有关事项通知如下：
一、袖标由教务处统一制作，各学院考务秘书于1月6日前到教务处考务科领取，按监考人数分发。
二、监考教师应将袖标佩戴于左臂，考试结束后交回学院，不得转借。⟦a 〔打印本通知〕⟧
三、巡考人员佩戴黄色“巡考”袖标，考务工作人员佩戴蓝色“考务”袖标。
联系人：阮老师　电话：0731-8876102
教务处
2025年1月2日
""",
    ),
    dict(
        slug="sexi-hospital-nursing-bathroom-mats-booking-float",
        site="瑟溪县人民医院 (invented hospital site)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.sxrmyy.cn/hlkp/2024/1025/1190.html",
        title="病房卫生间为什么要铺防滑垫",
        record_title="【护理科普】病房卫生间为什么要铺防滑垫-瑟溪县人民医院",
        date="2024-10-25",
        notes="hospital site with a booking float and a 24-hour line beside the nursing department's own "
        "咨询电话 in the body; byline 发布时间 as the page's date; a signature line ends the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【护理科普】病房卫生间为什么要铺防滑垫-瑟溪县人民医院</title></head>
<body>
<div class="hos-top">⟦m 瑟溪县人民医院　二级甲等综合医院⟧　⟦m 24小时急诊电话：0738-6651120⟧</div>
<div class="hos-nav">⟦m 首页　医院概况　科室导航　专家介绍　健康科普　就医指南⟧</div>
<div class="hos-loc">⟦m 您的位置：首页 › 健康科普 › 护理科普⟧</div>
<div class="hos-art">
<h1>{T}</h1>
<div class="hos-meta">⟦m 发布时间：2024-10-25　作者：护理部　审稿：阮红梅　阅读 655⟧</div>
<div class="hos-body">
{BODY}
</div>
<div class="hos-share">⟦l 转给家人：微信 | 微博 | QQ空间⟧</div>
</div>
<div class="hos-float">⟦a 预约挂号⟧<br>⟦a 扫码关注服务号，在线查报告⟧</div>
<div class="hos-foot">⟦m 地址：瑟溪县健康路1号　预约挂号电话：0738-6651000⟧<br>⟦m 湘ICP备09014452号　湘卫网备〔2022〕017号⟧</div>
</body></html>
""",
        body="""
住院期间，不少患者和家属会发现，病房卫生间的地上都铺着一块镂空的防滑垫。这块不起眼的垫子，其实是预防住院患者跌倒的重要措施。
住院患者普遍存在体力下降、服用镇静或降压药物、夜间起夜频繁等情况，卫生间地面湿滑，是病区跌倒的高发地点。数据显示，我院去年发生的住院患者跌倒事件中，近四成发生在卫生间。
为此，护理部在全院病房卫生间统一铺设防滑垫，安装紧急呼叫按钮和扶手，并要求护士每班检查防滑垫是否移位、翘边。
温馨提醒：患者如厕时请穿防滑拖鞋，起身时扶稳扶手，感到头晕请立即按呼叫铃。如对防跌倒措施有疑问，可咨询护理部，电话0738-6651208。
瑟溪县人民医院护理部
""",
    ),
    dict(
        slug="sexi-hospital-notice-no-loudspeakers-wards",
        site="瑟溪县人民医院 (invented, text page)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.sxrmyy.cn/tzgg/2024/0514/1102.html",
        title="关于住院病区禁止使用扩音设备的通知",
        date="2024-05-13",
        notes="record title as is; three issuing departments on one line; the hospital's booking line and a "
        "service-account line around the body; 成文日期 in Chinese numerals under the signatures",
        page="""
!m 瑟溪县人民医院 · 通知公告
!m 预约挂号：0738-6651000　｜　微信服务号：瑟溪人医
{T}
!m 发布部门：医务部　浏览：823
{BODY}
!a 【返回列表】　【打印】
!d 本网站所载内容如需转载，请注明出处。
""",
        indent="\u3000\u3000",
        body="""
各临床科室、各病区：
近期有住院患者家属反映，个别病区有陪护人员使用便携式扩音喇叭播放戏曲，个别外卖、快递人员在病区走廊用扩音器喊话，影响患者休息。为保持病区安静，现通知如下：
一、住院病区内禁止使用扩音喇叭、外放音箱等设备，患者和陪护人员使用手机请佩戴耳机。
二、各病区护士长要加强巡查，发现违规使用的及时劝阻；劝阻无效的，联系保卫科处理。
三、外卖、快递一律在住院楼一楼取件区交接，不得进入病区。
医务部　护理部　保卫科
二〇二四年五月十三日
""",
    ),
    dict(
        slug="biling-rsks-notice-electrician-practical-own-pliers",
        site="筚岭人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.biling.gov.cn/kszx/2025/0321/772.html",
        title="关于2025年上半年电工职业技能等级认定实操考试有关事项的公告",
        record_title="〔考务公告〕关于2025年上半年电工职业技能等级认定实操考试有关事项的公告_筚岭人事考试网",
        date="2025-03-20",
        date_also=["2025-03-21"],
        notes="personnel-exam site with a maintenance banner and an entry float; the notice tells candidates to "
        "下载并打印 the admission ticket (content); the exam office's 咨询电话 in the body beside the site's "
        "technical line; 发布日期 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔考务公告〕关于2025年上半年电工职业技能等级认定实操考试有关事项的公告_筚岭人事考试网</title></head>
<body>
<div class="ks-warn">⟦d 系统维护通知：3月23日0:00—6:00报名系统暂停服务，给您带来不便敬请谅解。⟧</div>
<div class="ks-head">⟦m 筚岭人事考试网　筚岭县人力资源和社会保障局主办⟧</div>
<div class="ks-nav">⟦m 首页 | 考试动态 | 考务公告 | 成绩查询 | 证书办理⟧</div>
<div class="ks-art">
<h2>{T}</h2>
<div class="ks-meta">⟦m 发布日期：2025-03-21　信息来源：县职业技能鉴定所　字体：大 中 小⟧</div>
{BODY}
<div class="ks-pn">⟦l 上一篇：2025年度保育师等级认定报名通知⟧<br>⟦l 下一篇：2024年下半年电工认定证书领取公告⟧</div>
</div>
<div class="ks-float">⟦a 准考证打印入口 ›⟧</div>
<div class="ks-foot">⟦m 网站技术支持：0739-7300999（仅受理网站操作问题）⟧<br>⟦m 湘ICP备11002739号⟧</div>
</body></html>
""",
        body="""
2025年上半年电工职业技能等级认定实操考试将于4月12日至13日举行。现将有关事项公告如下：
一、准考证打印：考生须于4月7日至11日登录本网站下载并打印准考证。
二、考试地点：筚岭职业技术学院电工实训楼。
三、自备工具：考生须自带绝缘钢丝钳、尖嘴钳、斜口钳、剥线钳各一把及电工刀、验电笔，工具绝缘柄应完好无破损，钳类工具须标有耐压等级。考场不提供工具借用。
四、考生须穿绝缘鞋，不得佩戴金属饰品。
咨询电话：0739-7308216（筚岭县职业技能鉴定所）
筚岭县人力资源和社会保障局
2025年3月20日
""",
    ),
    dict(
        slug="ruanjiang-exam-centre-stationery-rules-pdf",
        site="阮江人事考试网 (invented, text page)",
        style="人事考试网",
        genre="说明",
        kind="notice",
        form="text",
        source="http://www.rjrsks.cn/ksdt/2024/0604/1883.html",
        title="关于笔试考生携带文具的说明",
        record_title="关于笔试考生携带文具的说明.pdf",
        date="2024-06-03",
        notes="file-name record title (.pdf); a 'report errors' line and an attachment line at the bottom; the "
        "explanation lists what may and may not be taken into the room; 成文日期 under the signature",
        page="""
!m 阮江人事考试网
!m 考试动态 ＞ 考务提示
!t 关于笔试考生携带文具的说明.pdf
!m 发布：考务科　｜　浏览次数：6,613
{BODY}
!a 附件：关于笔试考生携带文具的说明.pdf（点击查看）
!a 发现网页错误？点此纠错
!m 阮江市人事考试中心　考务咨询：0731-8899611（工作日）
""",
        body="""
近日，不少考生来电咨询笔试能否携带荧光笔、记号笔等文具。现统一说明如下：
一、考生可携带的文具为：黑色字迹签字笔、2B铅笔、橡皮。
二、荧光笔、记号笔、彩色笔、修正带、涂改液等一律不得带入考场，已带入的须放在考场前方的物品存放处。
三、考场提供草稿纸，考生不得在试题本以外的材料上作答或标记。
四、违反上述规定的，按考试违纪违规行为处理办法处理。
请考生认真阅读准考证上的考生须知，提前做好准备。
阮江市人事考试中心
2024年6月3日
""",
    ),
    dict(
        slug="jiangxin-school-brochure-home-electrician-pliers",
        site="筚岭匠心职业培训学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.jxpeixun.cn/kecheng/diangong-zhoumo.html",
        title="家庭电工实操周末班招生简章",
        record_title="【秋季开班】家庭电工实操周末班招生简章（小班8人）｜匠心职业培训",
        date=None,
        notes="training school with a promo banner and a consult float; a course table one row a paragraph; the "
        "school's own 报名电话 in the body beside a 400 line; a trial-lesson prompt between paragraphs; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【秋季开班】家庭电工实操周末班招生简章（小班8人）｜匠心职业培训</title></head>
<body>
<div class="px-banner">⟦a 🎉 国庆报名立减200元，名额有限⟧</div>
<div class="px-head">⟦m 匠心职业培训 · 学一门手艺，稳一份生计⟧　⟦m 全国招生热线：400-877-3620⟧</div>
<div class="px-nav">⟦m 首页　电工课程　焊工课程　学员风采　联系我们⟧</div>
<div class="px-art">
<h2>{T}</h2>
{BODY}
</div>
<div class="px-float">⟦w 在线咨询｜课程顾问 小阮 微信 jx_xiaoruan⟧</div>
<div class="px-rel">⟦l 热门课程：低压电工证考前班　｜　空调安装维修班⟧</div>
<div class="px-foot">⟦d 培训效果因人而异，以上课程内容以实际授课为准。⟧<br>⟦m 筚岭匠心职业培训学校　办学许可证号：教民1430322010017⟧</div>
</body></html>
""",
        body="""
课程简介：本课程面向零基础学员，用8个周末教会大家家庭电路常见故障的排查和维修。
课程安排：
周次　内容　工具
第1—2周　安全用电与验电　验电笔、万用表
第3—4周　开关插座更换　螺丝刀、剥线钳
第5—6周　导线连接与压接　钢丝钳、压线钳
第7—8周　灯具安装与综合实操　尖嘴钳、斜口钳
⟦a 先试听再报名：免费预约一节体验课 ›⟧
学费：1680元（含教材和实训耗材），学员结业可保留一套入门钳类工具。
报名电话：0739-7310588（周一至周六9:00—18:00）
上课地点：筚岭县城南路18号五楼实训室
""",
    ),
    dict(
        slug="shiguang-camp-trainee-diary-highlighter-method",
        site="拾光学习营 (invented training school, text)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.shiguangxxy.com/xueyuan/riji/0712.html",
        title="学了“荧光笔笔记法”之后",
        record_title="【学员日记】学了“荧光笔笔记法”之后 - 拾光学习营",
        date=None,
        notes="training-school text page: a course ad glued after a sentence and a sign-up line at the bottom; "
        "the trainee's diary has no date",
        page="""
!m 拾光学习营 ｜ 高中学习方法训练
!m 首页 ＞ 学员日记
!t 【学员日记】学了“荧光笔笔记法”之后
!m 作者：高二学员 小禾　｜　阅读 2,119
{BODY}
!a 寒假班火热报名中，添加课程顾问领取《高效笔记手册》电子版
!m 拾光学习营　咨询电话 0738-6608821
""",
        gap=True,
        body="""
我是一名高二学生，以前做笔记总是抄满一整页，复习的时候却找不到重点。暑假参加了训练营的“荧光笔笔记法”课程，变化挺大的。
老师教我们用三种颜色：黄色只画定义，绿色画例子，粉色画自己容易错的地方。一开始我总忍不住多画，老师要求每页最多画五处，画完要合上书讲给同桌听。⟦a 【同款课程·点此了解】⟧
两周下来，我的数学错题本比以前薄了一半，但每一条都是真正不会的。开学第一次月考，物理从72分提高到了85分。
我觉得方法本身不难，难的是坚持。希望下学期能继续用下去。
""",
    ),
]
