"""holdout173, part B: correction tape (修正带) — a memoir, a Party branch, a hospital's records rule,
an exam-hall rule, a tender, a law firm, residents, an association. Invented text throughout."""

CASES = [
    dict(
        slug="collection-xiuzhengdai-memoir-wrapped",
        site="青柠文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://www.qingningwj.example.com/author/lumin/a/20417.html",
        title="修正带和涂改液",
        record_title=None,
        date=None,
        notes="hard-wrapped at 40 columns; collection reader chrome; no date",
        wrap=40,
        indent="　　",
        page="""
!m 青柠文集　·　作者：陆敏　·　散文集《旧书包》
!a 字号：大 中 小　｜　夜间模式
{T}
{BODY}
!l 上一章：铅笔盒　　下一章：借书证
!d 本文版权归作者所有，未经许可不得转载。
""",
        body="""
我念初中的时候，班上最时髦的文具是一瓶涂改液。白色的小瓶子，挤一下，错字就被盖住了，只是要吹半天才干，一不小心就蹭得满手都是。
后来有了修正带。第一次见，是同桌从省城带回来的，一按一拉，一条白线就平平地贴在纸上，马上可以在上面写字。全班同学轮着借，一个星期就用完了。
现在女儿的笔袋里有三四个修正带，颜色各不相同。她写错了字，随手一拉，从来不觉得稀罕。我有时候想，错了就能轻轻盖住，真好；可也希望她记得，有些错，是盖不住的，得一笔一笔改过来。
""",
    ),
    dict(
        slug="party-xiuzhengdai-branch-speech",
        site="荃溪先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.quanxixianfeng.example.gov.cn/djyw/2025/0701/6120.html",
        title="在文具公司党支部“七一”主题党日活动上的讲话",
        record_title="在文具公司党支部“七一”主题党日活动上的讲话_荃溪先锋网",
        date="2025-07-01",
        notes="Party-building portal with a study-points line; speaker line neutral; date under the title",
        page="""
<html><head><meta charset="utf-8"><title>在文具公司党支部“七一”主题党日活动上的讲话_荃溪先锋网</title></head><body>
<div class="head">⟦m 荃溪先锋网　中共荃溪县委组织部主办⟧</div>
<div class="nav">⟦m 首页 | 党建要闻 | 基层动态 | 组工信息 | 党员教育⟧</div>
<div class="loc">⟦m 当前位置：首页 &gt; 基层动态⟧</div>
<h1>{T}</h1>
<p class="sp">支部书记　欧阳慧</p>
<p class="dt">（2025年7月1日）</p>
{BODY}
<div class="score">⟦a 阅读本文可获得学习积分1分，已累计学习3分钟⟧</div>
<div class="share">⟦l 分享：QQ空间 | 微信 | 微博⟧</div>
<div class="foot">⟦d 主办单位：中共荃溪县委组织部　版权所有 未经授权禁止复制⟧<br>⟦m 湘ICP备16011204号⟧</div>
</body></html>
""",
        body="""
同志们：
今天是党的生日，我们支部全体党员在这里开展主题党日活动，重温入党誓词，交流岗位体会。
我们公司是做修正带起家的。一卷修正带，芯轴、齿轮、带基、涂层，二十几道工序，哪一道出了偏差，用户一拉就断带、起皱。党员同志在车间，就要像修正带一样，哪里有错就主动去改，哪里有短板就主动去补。
今年上半年，支部组织党员先锋岗攻克了修正带“回带”难题，返修率下降了一半，这就是党员作用的体现。
下半年，希望每一位党员继续在质量提升、安全生产上带头，把支部建设成为公司发展的坚强堡垒。
""",
    ),
    dict(
        slug="hospital-xiuzhengdai-records-rule",
        site="荃溪县人民医院 (invented)",
        style="医院官网",
        genre="制度",
        kind="rule",
        form="html",
        source="https://www.qxrmyy.example.com/yygl/zdgf/2025/0415/902.html",
        title="荃溪县人民医院纸质病历书写修改规定",
        record_title="荃溪县人民医院纸质病历书写修改规定",
        record_date="2025-04-15",
        date="2025-04-15",
        notes="hospital page with a booking float; a rule forbidding 修正带 kept; decimal headings",
        page="""
<html><head><meta charset="utf-8"><title>荃溪县人民医院纸质病历书写修改规定</title></head><body>
<div class="top">⟦m 荃溪县人民医院　二级甲等综合医院⟧　⟦m 急救电话：0738-7719120⟧</div>
<div class="nav">⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 医院管理⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 来源：医务科　发布日期：2025-04-15　点击：377⟧</div>
{BODY}
<div class="float">⟦w 预约挂号　微信关注“荃溪县人民医院”⟧</div>
<div class="foot">⟦m 地址：荃溪县城南路66号⟧　⟦d Copyright 2025 荃溪县人民医院 版权所有⟧</div>
</body></html>
""",
        body="""
1 总则
1.1 为规范纸质病历书写，保证病历资料的客观、真实、完整，制定本规定。
2 修改要求
2.1 病历书写过程中出现错字时，应当用双线划在错字上，保留原记录清楚可辨，并注明修改时间，修改人签名。
2.2 不得采用刮、粘、涂等方法掩盖或去除原来的字迹，禁止使用修正带、修正液、胶带等物品。
2.3 上级医务人员审查修改下级医务人员书写的病历，应当注明修改日期并签名。
3 检查与考核
3.1 医务科每月抽查运行病历和归档病历，发现使用修正带的，按病历质量缺陷扣分。
""",
    ),
    dict(
        slug="univ-xiuzhengdai-exam-rule",
        site="荃溪学院教务处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://jwc.qxxy.example.edu.cn/info/1012/7788.htm",
        title="关于期末考试考生携带文具的补充说明",
        record_title="关于期末考试考生携带文具的补充说明-教务处",
        date="2025-12-22",
        notes="university sub-site; 发布者/时间 line gives the page date; prev/next",
        page="""
!m 荃溪学院教务处　Academic Affairs Office
!m 首页 ＞ 通知公告 ＞ 考务管理
{T}
!m 发布者：考试中心　时间：2025-12-22　浏览量：5120
{BODY}
!l 上一条：关于2025-2026学年第一学期期末考试安排的通知
!l 下一条：关于开展学生评教工作的通知
!m 版权所有©荃溪学院教务处　地址：荃溪县学府大道1号
""",
        body="""
各学院、各位考生：
近期多名考生咨询期末考试能否携带修正带，现补充说明如下。
考生可携带黑色签字笔、2B铅笔、橡皮、直尺、修正带进入考场，不得携带修正液。
使用答题卡的科目，答题卡作答区域内不得使用修正带，写错时请按答题卡上的说明划去重写。
各类文具不得带有文字、图案提示，监考教师有权进行检查。
""",
    ),
    dict(
        slug="localforum-xiuzhengdai-stall",
        site="荃溪在线论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.qxzaixian.example.com/forum.php?mod=viewthread&tid=901244",
        title="学校门口小摊卖的修正带，一拉就断，有人管吗",
        record_title=None,
        date=None,
        notes="county forum with jammer fonts and a weather widget; no date",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="gbk"><title>学校门口小摊卖的修正带，一拉就断，有人管吗 - 民生热线 - 荃溪在线论坛</title></head><body>
<div id="hd">⟦m 荃溪在线 - 荃溪人自己的网上家园⟧ <span class="weather">⟦m 荃溪 小雨 14～19℃⟧</span></div>
<div id="nv">⟦m 论坛 › 民生热线 › 帖子详情⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 楼主：荃溪老街坊　发表于 5 小时前　｜　查看：862　回复：19⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="pob">⟦l 回复 引用 举报⟧</div>
<div class="pl">⟦l 2楼　下雨天不打伞：工商能管，打12315试试⟧</div>
<div class="fastpost">⟦a 发表回复　您需要登录后才可以回帖⟧</div>
<div id="ft">⟦d 本帖观点不代表荃溪在线立场⟧　⟦m Powered by Discuz! X3.5⟧</div>
</body></html>
""",
        body="""
城北小学门口那两个文具摊，卖的修正带两块钱一个，孩子买了三个，没有一个能用到一半。
不是一拉就断带，就是涂层贴不上去，拉出来一团一团的，孩子写作业急得直哭。
包装上什么厂名厂址都没有，就印了一排外文，问摊主，摊主说是批发市场拿的，不退不换。
想问问论坛里有没有懂行的，这种情况应该找哪个部门反映？
""",
    ),
    dict(
        slug="download-xiuzhengdai-lesson-plan",
        site="绿芽教学资源站 (invented)",
        style="资料下载站",
        genre="教案",
        kind="other",
        form="html",
        source="http://www.lvyazy.example.com/soft/2025/33817.html",
        title="小学一年级综合实践《我会整理文具盒》教案",
        record_title="小学一年级综合实践《我会整理文具盒》教案.doc",
        date=None,
        notes="old ASP download station; file-info table, three download links, unzip password, error report; file-name title",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>小学一年级综合实践《我会整理文具盒》教案.doc - 绿芽教学资源站</title></head><body>
<table width="980"><tr><td>⟦m 绿芽教学资源站 www.lvyazy.example.com⟧</td><td>⟦a 设为首页 加入收藏⟧</td></tr></table>
<table width="980" border="1">
<tr><td>⟦m 资源名称：⟧</td><td>{T}</td></tr>
<tr><td>⟦m 资源大小：⟧</td><td>⟦m 46 KB⟧</td></tr>
<tr><td>⟦m 更新时间：⟧</td><td>⟦m 下载次数：1337⟧</td></tr>
<tr><td>⟦m 授权方式：⟧</td><td>⟦m 免费资源⟧</td></tr></table>
<div class="intro">⟦m 资源简介：⟧</div>
{BODY}
<table width="980"><tr><td>⟦a 电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 本地高速下载⟧</td></tr></table>
<p>⟦a 解压密码：www.lvyazy.example.com⟧</p>
<p>⟦a 如遇下载地址失效，请点此报错⟧</p>
<p>⟦d 本站资源均来自网络收集，仅供教学研究使用。⟧</p>
</body></html>
""",
        body="""
一、教学目标
1. 认识文具盒里常见的文具：铅笔、橡皮、尺子、卷笔刀、修正带等，知道它们的用途。
2. 学会按类别整理文具盒，养成爱惜文具的好习惯。
二、教学过程
（一）猜谜导入。出示谜语，请学生猜一猜是哪种文具。
（二）认一认。学生拿出自己的文具盒，和同桌说一说每样文具的名字。教师重点示范修正带的正确用法：从左往右平拉，不要反着拉。
（三）比一比。小组比赛整理文具盒，看哪组又快又整齐。
三、课后延伸
回家后和爸爸妈妈一起整理书桌，拍一张照片分享到班级群。
""",
    ),
    dict(
        slug="hrexam-xiuzhengdai-candidate-notice",
        site="荃溪人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qxrsks.example.gov.cn/kwgg/2025/1108/41.html",
        title="荃溪县2025年下半年事业单位公开招聘笔试考生须知",
        record_title="【考务公告】荃溪县2025年下半年事业单位公开招聘笔试考生须知",
        date="2025-11-08",
        notes="decorated record title; numbered list mentions 修正带 and 打印准考证 as content",
        page="""
!m 荃溪人事考试网　公平 公正 公开
!m 网站首页 ｜ 考试公告 ｜ 报名入口 ｜ 成绩查询 ｜ 考务答疑
{T}
!m 发布单位：县人事考试中心　发布时间：2025-11-08 10:00
{BODY}
!a 【打印此页】　【关闭窗口】
!m 咨询电话：0738-7713355（工作日 8:30-17:30）
""",
        body="""
1. 考生须凭准考证和有效期内的居民身份证参加考试，准考证请于11月20日至22日登录报名系统自行下载打印。
2. 考生应自备黑色墨水签字笔、2B铅笔和橡皮，可使用修正带，不得使用修正液和涂改胶带。
3. 开考三十分钟后不得入场，考试结束前三十分钟内不得交卷离场。
4. 考生不得携带手机、智能手表等通讯工具进入考场，已带入的须关机后放在指定位置。
荃溪县人事考试中心
2025年11月8日
""",
    ),
    dict(
        slug="tender-xiuzhengdai-procurement",
        site="荃溪县公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://ggzy.quanxi.example.gov.cn/jyxx/zfcg/cggg/20250519/11203.html",
        title="荃溪县教育局2025年考务文具采购项目询价公告",
        record_title=None,
        date="2025-05-19",
        notes="procurement platform with countdown; table kept; 联系人/电话 of the buyer kept next to the platform's service line",
        page="""
<html><head><meta charset="utf-8"><title>荃溪县公共资源交易平台</title></head><body>
<div class="hd">⟦m 荃溪县公共资源交易平台⟧ ⟦a 主体登录 | 免费注册⟧</div>
<div class="crumb">⟦m 首页 / 交易信息 / 政府采购 / 采购公告⟧</div>
<h3>{T}</h3>
<div class="time">⟦m 信息发布时间：2025-05-19 16:02:11⟧　⟦m 距报价截止还有：6天3小时⟧</div>
{BODY}
<div class="fj">⟦a 下载询价文件.zip⟧</div>
<div class="ft">⟦m 平台服务热线：400-717-0011⟧<br>⟦d 荃溪县公共资源交易中心 版权所有⟧</div>
</body></html>
""",
        body="""
一、项目名称：荃溪县教育局2025年考务文具采购项目
二、采购内容及数量
品目　规格　数量
修正带　5mm×6m，透明外壳　8000个
黑色签字笔　0.5mm，全针管　20000支
2B铅笔　考试专用　12000支
三、报价要求：供应商须提供样品，修正带须提供有效的检验报告。
四、报价截止时间：2025年5月26日9时00分。
采购人：荃溪县教育局　联系人：田蕾　电话：0738-7716021
""",
    ),
    dict(
        slug="law-xiuzhengdai-contract-alteration",
        site="衡正律师事务所 (invented)",
        style="律所网站",
        genre="法律解读",
        kind="other",
        form="text",
        source="https://www.hengzhenglaw.example.com/insight/2025/0630-contract-alteration.html",
        title="合同上用修正带改过的金额还有效吗",
        record_title="合同上用修正带改过的金额还有效吗 | 衡正律师事务所",
        date="2025-06-30",
        notes="law firm; consult card; not-legal-advice notice; byline date",
        page="""
!m 衡正律师事务所　HENGZHENG LAW FIRM
!m 首页 / 律师观点 / 合同纠纷
{T}
!m 作者：宁致远 律师　｜　2025-06-30　｜　阅读 1.2万
{BODY}
!w 遇到合同纠纷？宁律师团队在线解答，预约电话 137-0738-6621
!d 本文仅为一般性法律信息分享，不构成对具体案件的法律意见。
!l 相关阅读：借条写错日期怎么办　／　电子合同如何举证
""",
        body="""
在我们代理的一起买卖合同纠纷中，合同约定的货款金额被人用修正带覆盖后改写，买卖双方对改写后的金额各执一词。
从证据规则看，合同上有涂改的，并不当然无效，关键在于涂改是否经过双方确认。如果在修改处有双方签字或盖章，一般认可修改后的内容。
如果修改处没有任何确认，主张修改后内容的一方需要提供其他证据，如聊天记录、付款凭证、送货单等加以佐证，否则可能承担不利后果。
建议大家签订合同时尽量避免涂改；确需修改的，应在修改处由双方签名并注明日期，或者重新打印一份合同签署。
""",
    ),
    dict(
        slug="community-xiuzhengdai-school-supplies-drive",
        site="荃溪县桂园社区 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.guiyuansq.example.cn/sqdt/2025/0820/217.html",
        title="“闲置文具漂流”倡议书",
        record_title="“闲置文具漂流”倡议书",
        date="2025-08-20",
        notes="residents' site with a grid-worker box; document's contact line kept",
        page="""
<html><head><meta charset="utf-8"><title>“闲置文具漂流”倡议书 - 桂园社区</title></head><body>
<div class="logo">⟦m 荃溪县城关镇桂园社区居民委员会⟧</div>
<div class="menu">⟦m 社区首页 | 社区动态 | 便民服务 | 居务公开⟧</div>
<h2>{T}</h2>
<div class="by">⟦m 社区动态 · 2025-08-20 · 阅读 233⟧</div>
{BODY}
<div class="grid">⟦w 本网格网格员：彭小凤　联系电话 139-0738-2201⟧</div>
<div class="foot">⟦d 桂园社区居委会 ©2025⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
新学期就要开始了，很多家庭的抽屉里都有用了一半的修正带、没拆封的笔记本、多买的文具盒。
社区发起“闲置文具漂流”活动，欢迎大家把干净、可用的闲置文具送到社区服务站，我们将整理后送给辖区内有需要的孩子。
收集时间：8月22日至8月31日每天9:00-17:00。
联系人：邓秋萍　电话：0738-7728800
桂园社区居民委员会
2025年8月20日
""",
    ),
    dict(
        slug="assoc-xiuzhengdai-industry-standard",
        site="湘中文具行业协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xzwjxh.example.org/tzgg/2025/0312/118.html",
        title="关于征求《修正带》团体标准意见的通知",
        record_title="关于征求《修正带》团体标准意见的通知",
        date="2025-03-12",
        notes="association; 附件 list and 联系人/邮箱 kept; member-login row chrome; document number neutral",
        page="""
!a 会员登录　｜　入会指南
!m 湘中文具行业协会
!m 协会首页 › 通知公告
{T}
湘文协〔2025〕6号
{BODY}
!l 上一篇：协会第三届会员代表大会召开
!m 协会秘书处　电话：0731-8822 4410　邮箱：mishuchu@xzwjxh.example.org
""",
        body="""
各会员单位：
为规范修正带产品质量，协会组织起草了《修正带》团体标准（征求意见稿），现公开征求意见。
本标准规定了修正带的术语、分类、要求、试验方法和标志包装，重点对遮盖力、带体剥离、回带性能和有害物质限量作出要求。
请各单位于2025年4月10日前将意见反馈协会秘书处。
联系人：沈嘉禾　邮箱：biaozhun@xzwjxh.example.org
附件：1. 《修正带》团体标准（征求意见稿）
2. 意见反馈表
湘中文具行业协会
2025年3月12日
""",
    ),
]
