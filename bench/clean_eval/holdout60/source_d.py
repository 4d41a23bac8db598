"""holdout60, part D: a blog, a WeChat mirror, a sharing reader, an education portal, an OA
view, a Q&A, a collection, Party building, a hospital, a college, a local forum and a download
station. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="blog-text-skydiver-diary-summary",
        site="云上的伞 个人博客 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://yunshangdesan.blog.example.com/post/2025-12-31",
        title="我的2025跳伞年度小结",
        record_title="我的2025跳伞年度小结 - 云上的伞 - 博客频道",
        date="2025-12-31",
        notes="personal blog text: header slogan, post date line is the date, category/tags, reader comments with times, 'back to top'",
        page="""
!m 云上的伞 · 记录每一次离开飞机的瞬间
!m 首页　归档　关于我　友链
{T}
!m 2025-12-31 23:05　分类：跳伞日记　阅读(233)　评论(4)
{BODY}
!l 标签：跳伞　年度总结　翔坪
!l 评论（4）　伞友阿K 2026-01-01：今年一起冲C证！
!a ↑ 回到顶部
""",
        body="""
今年一共跳了八十六次，比去年多了三十次，终于拿到了B级执照。
最难忘的是五月在翔坪的第一次四人编队，虽然只搭上了三秒，落地后大家抱在一起叫了很久。
也有教训，八月有一次开伞后主伞扭转，按程序处理后才恢复，说明应急程序必须每次起飞前在地面过一遍。
明年的目标是完成一百次跳伞，开始学习摄像跳。
""",
    ),
    dict(
        slug="wechat-html-zaoxiang-speech-section-spans",
        site="枣乡发布 公众号镜像 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://mp.weixin-mirror.example.com/s/ZaoXiangFB_20251012",
        title="在棘原红枣丰收节上的致辞",
        record_title="在棘原红枣丰收节上的致辞",
        date="2025-10-12",
        notes="WeChat-style section/span HTML mirror; account card; date under title; 阅读原文/在看 bar; follow QR; editors' line",
        page="""
<html><head><meta charset="utf-8"><title>在棘原红枣丰收节上的致辞</title></head><body>
<div id="activity-name">⟦t 在棘原红枣丰收节上的致辞⟧</div>
<div id="meta">⟦m 枣乡发布　2025年10月12日 20:16　陕西⟧</div>
<section><span>县委书记　钮伯涵</span></section>
<section><span>（2025年10月12日）</span></section>
<section>
{BODY}
</section>
<section><span>⟦m 来源：棘原县融媒体中心　编辑：晁可　审核：韦岩⟧</span></section>
<section>⟦a 戳“阅读原文”，观看丰收节直播回放⟧</section>
<div class="tool">⟦l 阅读原文　　赞　　分享　　推荐　　在看⟧</div>
<div class="qr">⟦a 微信扫一扫关注该公众号⟧</div>
</body></html>
""",
        p_html="<p><span>{}</span></p>",
        body="""
各位来宾，乡亲们：
金秋十月，枣红满园。今天，我们在这里隆重举办棘原红枣丰收节，共庆丰收、共话发展。
棘原种枣已有两千多年历史，红枣是全县二十多万群众增收致富的“金果果”。
今年全县红枣总产量达到十五万吨，“棘原红枣”品牌价值突破三十亿元。
欢迎各位朋友常来棘原，看枣园、品枣宴、住枣乡。
谢谢大家！
""",
    ),
    dict(
        slug="docshare-html-liushui-minutes-page-paras",
        site="流水文档 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.liushuidoc.example.com/doc/93d0e2a1.html",
        title="泓溪县农村供水工作联席会议纪要",
        record_title=None,
        date="2025-04-18",
        notes="sharing reader HTML; no record title; page markers ⟨第N页⟩ as paragraphs cutting sentences; minutes' 时间/地点/主持/参加 kept; 版记 kept",
        pages=dict(fmt="⟨第{n}页⟩", every=100, start=2),
        page="""
<html><head><meta charset="utf-8"><title>泓溪县农村供水工作联席会议纪要 - 流水文档</title></head><body>
<div class="top">⟦m 流水文档 · 让知识流动起来⟧ ⟦a 登录后免费下载⟧</div>
<div class="t">⟦t 泓溪县农村供水工作联席会议纪要⟧</div>
<div class="i">⟦m 共3页 · 上传于 2025-05-09 · 114 人阅读⟧</div>
<div class="doc">
{BODY}
</div>
<div class="op">⟦a 全屏阅读　｜　下载文档　｜　分享⟧</div>
<div class="d">⟦d 文档版权归上传者所有，本站仅提供在线阅读⟧</div>
</body></html>
""",
        body="""
时间：2025年4月18日上午
地点：县政府第二会议室
主持：副县长 郎世杰
参加：县水利局、财政局、卫健局、生态环境局及各乡镇分管负责同志
会议听取了县水利局关于农村供水工程运行情况的汇报，分析了当前存在的水源保护和水费收缴问题。
会议议定，由县财政局牵头研究农村供水运行维护补助办法，6月底前提交县政府常务会议审议。
会议要求，各乡镇要在汛前完成水源地巡查，建立问题台账，限期整改到位。
送：县委、县人大、县政协领导
发：县直有关单位，各乡镇
""",
    ),
    dict(
        slug="edu-text-jingchuan-school-eye-exercise",
        site="镜川县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jcjyj.example.gov.cn/Item/30217.aspx",
        title="关于规范中小学眼保健操和课间远眺活动的通知",
        record_title="关于规范中小学眼保健操和课间远眺活动的通知",
        date="2025-09-04",
        notes="education portal text; a byline 发布时间 and signature date agree; a schedule table kept; visitors line",
        page="""
!m 镜川县教育体育局 ｜ 镜川教育网
!m 导航：首页 >> 文件通知 >> 体卫艺
{T}
!m 发布者：体卫艺股　发布时间：2025-9-4　访问量：2091
{BODY}
!a 【收藏本页】【打印】【返回】
!m 镜川教育网 版权所有 Copyright 2025
""",
        body="""
各中小学：
为切实做好儿童青少年近视防控工作，现就规范眼保健操和课间远眺活动通知如下。
时段　内容　时长
上午第二节课后　眼保健操　5分钟
下午第一节课后　眼保健操　5分钟
每节课间　走出教室远眺　不少于5分钟
请各校将执行情况纳入班级量化考核，县教体局将适时开展抽查。
镜川县教育体育局
2025年9月4日
""",
    ),
    dict(
        slug="oa-html-shuiwu-request-approval-trail",
        site="涓水水务集团OA (invented)",
        style="企业内网",
        genre="请示",
        kind="request",
        form="html",
        source="http://oa.jsshuiwu.example.local/seeyon/collaboration.do?id=-7781203",
        title="关于更换城西加压站变频水泵的请示",
        record_title="关于更换城西加压站变频水泵的请示",
        record_date="2025-08-11",
        date="2025-08-11",
        notes="OA document HTML: form header table, approval record, attachments bar (site's), the request's own 附件 kept",
        page="""
<html><head><meta charset="utf-8"><title>协同工作 - 关于更换城西加压站变频水泵的请示</title></head><body>
<div class="sys">⟦m 涓水水务集团协同办公系统　当前用户：财务部 管琳⟧</div>
<table class="form">
<tr><td>⟦m 发起人：管网运行部 伍光耀⟧</td><td>⟦m 发起时间：2025-08-11 10:36⟧</td></tr>
<tr><td colspan="2">⟦m 流程：部门审核 → 分管领导 → 总经理⟧</td></tr>
</table>
<h3>⟦t 关于更换城西加压站变频水泵的请示⟧</h3>
{BODY}
<div class="att">⟦a 附件(1)：泵组报价单.xlsx　下载　预览⟧</div>
<div class="opinion"><p>⟦m 处理意见：同意，报总经理审批。——分管副总 宫明 2025-08-11 15:02⟧</p><p>⟦m 总经理 韩松涛 已阅 2025-08-12 08:47⟧</p></div>
<div class="btn">⟦a 回复　转发　跟踪　打印⟧</div>
</body></html>
""",
        body="""
集团公司：
城西加压站两台变频水泵已连续运行十一年，近期多次出现过热停机，影响城西片区高峰供水。
为保障夏季供水安全，拟更换变频水泵两台，预算金额三十八万元，从年度技改资金中列支。
当否，请批示。
附件：城西加压站水泵故障记录
管网运行部
2025年8月11日
""",
    ),
    dict(
        slug="qa-text-goldfish-white-spot",
        site="渔友知道 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://zhidao.yuyou.example.com/question/77102934.html",
        title="金鱼身上长白点怎么办？",
        record_title=None,
        date=None,
        notes="Q&A text; no record title (found as the question); answer meta with relative time; 采纳 line; other answers folded; no date",
        page="""
!m 渔友知道 > 观赏鱼 > 金鱼
!t 金鱼身上长白点怎么办？
!m 提问者：小鱼儿吐泡泡　|　浏览 6,210 次
!m 推荐答案　鲫塘渔技员　2023-06-02 回答　|　采纳率 91%
{BODY}
!l 为您推荐：金鱼烂尾怎么治　新买的金鱼要不要检疫
!l 其他 3 条回答 ▼
!d 答案由网友提供，仅供参考
""",
        body="""
金鱼身上长小白点，多数是小瓜虫病，水温低、温差大的时候最容易发生。
处理方法：先把水温慢慢升到二十八度左右，保持一周，小瓜虫在高温下会脱落。
同时可以按每升水一到二克的比例加粗盐，注意分两三次加，不要一次加足。
病好以后要查一查是不是换水温差太大，新鱼入缸前最好单独养一周观察。
""",
    ),
    dict(
        slug="collection-html-wu-laoshi-essays-chapter",
        site="武老师文集 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="html",
        source="http://www.wulaoshi-wenji.example.net/vol2/ch07.html",
        title="支教三年学会的事",
        record_title="第七篇　支教三年学会的事",
        date="2024-07-15",
        notes="collection chapter HTML with volume nav and chapter list; decorated record title (chapter number); date line at end of the essay",
        page="""
<html><head><meta charset="utf-8"><title>第七篇 支教三年学会的事 · 武老师文集</title></head><body>
<div class="vol">⟦m 武老师文集 · 第二卷 山里的课堂⟧</div>
<div class="chnav">⟦l « 第六篇　目录　第八篇 »⟧</div>
<h2>⟦t 第七篇　支教三年学会的事⟧</h2>
{BODY}
<div class="chnav">⟦l « 上一篇：鹞岭小学的旗杆　下一篇：写给毕业班的孩子们 »⟧</div>
<div class="toc"><h4>⟦l 本卷目录⟧</h4><ol><li>⟦l 初到鹞岭⟧</li><li>⟦l 一口水井⟧</li></ol></div>
<div class="ft">⟦d 文集为作者自存，转载请征得作者同意⟧</div>
</body></html>
""",
        body="""
三年前我到鹞岭小学支教，学校在半山腰，吃水要靠一口老井。
我学会的第一件事是挑水，第二件事是用很少的水把一间教室打扫干净。
孩子们教会我认山上的草药，我教会他们用字典，也教会他们把心里的话写成作文。
如今村里通了自来水，我也要回城了，最舍不得的还是那些一笔一画写字的孩子。
2024年7月15日于鹞岭
""",
    ),
    dict(
        slug="dangjian-text-zaotai-branch-summary",
        site="枣台先锋网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.zaotaixf.example.gov.cn/jcdj/2025/1216/3021.html",
        title="红枣产业联合党委2025年工作总结",
        record_title="【基层党建】红枣产业联合党委2025年工作总结",
        date="2025-12-16",
        notes="Party-building text; decorated 【基层党建】; study-platform prompt between paragraphs; 成文日期 under signature; footer with 主办 line",
        page="""
!m 枣台先锋网　——　中共枣台县委组织部
!m 当前位置 >> 基层党建 >> 两新组织
!t 【基层党建】红枣产业联合党委2025年工作总结
{BODY}
!l 【上一篇】枣台县举办村党组织书记培训班
!l 【下一篇】城关镇“党建+枣业”观摩活动综述
!m 主办单位：中共枣台县委组织部　承办：枣台县党员教育中心
""",
        body="""
2025年，红枣产业联合党委坚持党建引领产业发展，把支部建在产业链上，各项工作取得新成效。
一是组织覆盖持续扩大，新成立合作社党支部四个，联合党委下辖支部达到十七个。
⟦a 打开“先锋枣台”APP，参与每日答题赢积分⟧
二是党员作用充分发挥，设立党员示范枣园五十个，带动周边农户统一技术标准。
三是服务能力不断增强，组织党员技术员开展田间培训三十二场。
中共枣台县红枣产业联合委员会
2025年12月16日
""",
    ),
    dict(
        slug="hospital-html-jingchuan-eye-hospital-news",
        site="镜川爱瞳眼科医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jcaitong.example.com/news/yydt/2025/1108/1277.html",
        title="爱瞳眼科医院为百名环卫工人免费验配眼镜",
        record_title="爱瞳眼科医院为百名环卫工人免费验配眼镜",
        date="2025-11-08",
        notes="hospital HTML with floating consult box, booking button, doctors list; 发布时间 byline; hotline in footer",
        page="""
<html><head><meta charset="utf-8"><title>爱瞳眼科医院为百名环卫工人免费验配眼镜_医院动态_镜川爱瞳眼科医院</title></head><body>
<div class="header">⟦m 镜川爱瞳眼科医院　医保定点单位⟧ ⟦a 在线预约⟧</div>
<div class="menu">⟦m 医院概况｜专家团队｜特色科室｜就医指南｜医院动态⟧</div>
<h1>⟦t 爱瞳眼科医院为百名环卫工人免费验配眼镜⟧</h1>
<div class="source">⟦m 发布时间：2025-11-08　来源：院办　浏览：472⟧</div>
<div class="text">
{BODY}
</div>
<div class="kefu">⟦w 眼科专家在线，点击免费咨询 ›⟧</div>
<div class="doc">⟦l 坐诊专家：孔令白 主任医师｜邢菲 副主任医师⟧</div>
<div class="footer">⟦m 预约热线：0762-5669120　地址：镜川县滨河东路18号⟧</div>
</body></html>
""",
        body="""
11月7日，镜川爱瞳眼科医院组织医护人员走进县环卫所，为一百零八名环卫工人开展免费眼健康检查。
检查发现，不少环卫工人存在老花、白内障等问题，医院为其中六十二人免费验配了老花镜。
对需要进一步治疗的九名白内障患者，医院将在本月内安排免费手术。
""",
    ),
    dict(
        slug="college-text-yuanyuan-internship-plan",
        site="鸢原职业技术学院 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="text",
        source="https://jwc.yyzy.example.edu.cn/tzgg/2025/0227/1190.htm",
        title="给排水工程技术专业2025届学生顶岗实习方案",
        record_title="给排水工程技术专业2025届学生顶岗实习方案-教务处",
        date="2025-02-27",
        notes="college academic office text; decorated title; placements table kept; 附件 kept; the plan's own teacher contacts kept beside the office hotline",
        page="""
!m 鸢原职业技术学院教务处
!m 首页 » 通知公告
{T}
!m 作者：实践教学科　日期：2025-02-27　点击：【 318 】
{BODY}
!w 教务处办公电话：0912-3360021　邮箱：jwc@yyzy.example.edu.cn
!a 【关闭窗口】
""",
        body="""
为提高学生的岗位实践能力，根据人才培养方案，制定本专业2025届学生顶岗实习方案。
一、实习时间：2025年3月3日至6月20日。
二、实习单位及人数：
实习单位　人数　指导教师
涓水水务集团　18　郑伟
泓溪县农村供水管理站　9　鲍晨
三、实习期间学生须每周填写实习日志，按时提交实习报告。
附件：顶岗实习安全承诺书
""",
    ),
    dict(
        slug="localforum-html-yaoling-road-closure-junk",
        site="鹞岭在线 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.yaolingzx.example.com/thread-50931-1-1.html",
        title="关于翔坪机场周边道路临时交通管制的通告",
        record_title="关于翔坪机场周边道路临时交通管制的通告（转自县交警大队）",
        date="2025-09-28",
        notes="county forum HTML with jammer fonts; decorated record title; a floor with admin tag; signature date",
        junk=dict(lines=2, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>关于翔坪机场周边道路临时交通管制的通告 - 鹞岭在线</title></head><body>
<div class="hd">⟦m 鹞岭在线　鹞岭人自己的网上家园⟧</div>
<div class="pt">⟦m 鹞岭在线 › 鹞岭资讯 › 交通出行⟧</div>
<h1>⟦t 关于翔坪机场周边道路临时交通管制的通告⟧</h1>
<div class="pi">⟦m 管理员 小编阿岭 发表于 2025-9-28 18:40⟧ ⟦m 查看: 5213｜回复: 41⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 参与人数 6　威望 +12　收起 理由⟧</div>
<div class="ft">⟦m 鹞岭在线 ( 鹞ICP备12007730号 )⟧</div>
</body></html>
""",
        p_html="<div>{}</div>",
        body="""
为保障国庆航空嘉年华活动安全顺利举行，根据道路交通安全法有关规定，决定对翔坪机场周边道路实行临时交通管制。
一、管制时间：2025年10月1日至10月3日，每日8时至18时。
二、管制路段：翔坪大道机场路口至鹞岭村路口，禁止社会车辆通行。
三、观展车辆请停放在机场北侧临时停车场，听从现场民警指挥。
鸢原县公安局交通警察大队
2025年9月28日
""",
    ),
    dict(
        slug="download-text-ziliaoku-water-emergency",
        site="资料库下载站 (invented)",
        style="资料下载站",
        genre="预案",
        kind="plan",
        form="text",
        source="http://www.ziliaoku-down.example.com/yuan/2025/66102.html",
        title="村级供水突发事件应急预案",
        record_title="村级供水突发事件应急预案【范本】",
        date=None,
        notes="download station text: file info lines, download buttons, mirror list; template placeholders kept (××村, ____); no date",
        page="""
!m 资料库下载站 → 应急预案 → 村级预案
!t 村级供水突发事件应急预案【范本】
!m 资料类型：DOC　资料大小：41KB　更新：2025-06-30　人气：1206
!a 【本地下载】【高速下载】【迅雷下载】
{BODY}
!a 下载说明：请使用WPS或Office打开，解压密码为本站域名
!d 资料收集于网络，若有侵权请联系管理员删除
""",
        body="""
一、为及时有效处置本村供水突发事件，保障村民基本生活用水，制定本预案。
二、本预案适用于××村集中供水工程水源污染、管道爆裂、停电停水等突发事件。
三、村成立供水应急领导小组，组长由村党支部书记________担任，成员由村“两委”成员和管水员组成。
四、发生突发事件后，管水员应立即关闭阀门，并在三十分钟内报告村应急领导小组和镇水利站。
五、停水超过二十四小时的，村应急领导小组应组织送水车，保障群众饮水。
""",
    ),
]
