"""holdout264, part D: county forums, download stations, personnel-exam sites, tender
portals and law firms. Every case written by hand; invented text, places, people,
sites, URLs and phones; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="countyforum-cuancheng-mouldy-chopstick-holder-subject",
        site="爨城在线论坛 (invented)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.cuanchengol.com/thread-740316-1-1.html",
        title="曝光一下：县城一家面馆的筷笼里全是霉斑",
        record_title=None,
        date=None,
        notes="no record title: the thread subject; a county forum with a weather line, jammer fonts in the post, a decoration ad between posts, a 转交职能部门 link; 发表于 昨天 is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>爨城在线论坛 - 爨城人自己的网上家园</title>
<style>.jammer{display:none}</style>
<script src="data/cache/common.js?v=Q3m"></script>
</head><body>
<div id="hd">⟦m 爨城在线论坛⟧　⟦m 今日爨城：多云 14～22℃　东南风2级⟧　⟦a 会员登录 · 新用户注册⟧</div>
<div id="nv">⟦m 首页　爨城杂谈　民生热线　房产家居　二手市场　招聘求职⟧</div>
<div id="pt">⟦m 爨城在线论坛 › 民生热线 › 帖子详情⟧</div>
<div class="vwthd"><h1 id="thread_subject">{T}</h1>⟦m 查看: 4102　|　回复: 63⟧</div>
<div class="pls">⟦m 城东吃货　Lv.6 注册于 2016-03⟧</div>
<div class="pi">⟦m 发表于 昨天 19:22⟧　⟦m 楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="gov-link">⟦a 【转交职能部门】本帖已转县市场监管局，回复后将在此公示⟧</div>
<div class="ad">⟦m 〔广告〕爨城名匠装饰 · 整装套餐 6.8 万起　热线 0736-4299888⟧</div>
<div class="reply">⟦l 沙发　老城根儿：东街那几家我都吃过，哪家你直说⟧</div>
<div class="reply">⟦l 板凳　爨城小米粥：支持曝光，筷子的事不是小事⟧</div>
<div id="fastpost">⟦a 发表回复　表情　@好友　上传图片⟧</div>
<div id="ft">⟦m 爨城在线论坛　湘ICP备14025930号-1　站长QQ：41177320⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
昨天中午带孩子去东街一家面馆吃面，伸手去桌上的筷笼里拿筷子，发现筷笼底下积着一层黑水，好几双筷子的尖头都发黑了。
我叫来服务员，她说筷子每天都洗，筷笼是“前几天才刷过的”。我把筷笼翻过来给她看，底部一圈全是霉斑，她才拿去换了一个。
不是想为难店家，小店生意不容易。但筷子是要进嘴的，筷笼底部不透气、不沥水，天天泡着能不发霉吗？
建议市场监管部门查一查，也建议各位开店的老板换成底部镂空的筷笼，筷子洗完沥干再放。
店名就不说了，希望老板自己看到能改。
""",
    ),
    dict(
        slug="countyforum-fanling-kerosene-stove-fire-warning-junk",
        site="燔岭人家论坛 (invented)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.fanlingrj.com/forum/view-55203.html",
        title="醍水镇一老人家中煤油炉失火，幸好邻居发现得早",
        record_title="[火情提醒] 醍水镇一老人家中煤油炉失火，幸好邻居发现得早 - 平安燔岭 - 燔岭人家论坛",
        date=None,
        notes="a county forum text with junk lines and junk glued after sentences; a numbered list of tips; 前天 and 6 小时前 are no dates; medals, replies and a moderator's top note",
        page="""
!m 燔岭人家论坛 » 平安燔岭 » 正文
!m 版主提示：发布火情信息请核实后再发，勿传谣
!t [火情提醒] 醍水镇一老人家中煤油炉失火，幸好邻居发现得早
!m 作者：上坪老幺　　6 小时前　　人气：1588
!m 勋章：热心乡邻
{BODY}
!l 回复（19）
!l 醍水人在外：看得后怕，我奶奶也还在用煤油炉
!l 燔岭消防小蓝：感谢提醒，冬季用火请大家务必注意安全！
!a 回复楼主　｜　分享到微信群
!m 燔岭人家论坛　联系站务：zhanwu@fanlingrj.com
""",
        junk=dict(lines=2, glued=2),
        body="""
前天夜里，醍水镇上坪村一位独居老人在家用煤油炉热水，炉子放在木凳上，人坐着烤火睡着了，炉火把旁边的棉门帘引着了。
幸好隔壁邻居起夜闻到焦味，翻墙进去把火扑灭，老人只是手上烫起了两个泡，屋里烧掉了一张门帘和半面板壁。
发这个帖子是想提醒大家：家里有老人还在用煤油炉的，一定要检查一下。
1.炉子要放在水泥地或铁架上，周围一米内不要有布帘、柴草。
2.煤油不要装在饮料瓶里，更不要放在炉子旁边。
3.人离开或睡觉前必须熄火。
4.最好劝老人换成电热水壶，几十块钱的事。
转给家里有老人的朋友看看吧。
""",
    ),
    dict(
        slug="download-baigong-rules-workshop-oil-cans-doc",
        site="百工资料站 (invented, gb2312 download station)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.baigongzl.com/soft/zhidu/2024/5518.html",
        title="机修车间油壶使用管理规程",
        record_title="机修车间油壶使用管理规程.doc",
        date=None,
        notes="an old gb2312 download station: a file-info table (size, date added, grade), three download links, a dead-link report, an unzip password, a floating ghost-writer ad; 第N条 articles; an 'added' stamp is no date; file-name record title",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>机修车间油壶使用管理规程.doc - 百工资料站</title>
<script language="javascript" src="/js/ad_float.js"></script>
</head>
<body>
<table width="950" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td>⟦m 百工资料站⟧</td><td>⟦m 工厂制度 · 岗位规程 · 安全资料 免费下⟧</td></tr>
<tr><td colspan="2">⟦m <a href="/">首页</a> | <a href="/soft/zhidu/">管理制度</a> | <a href="/soft/guicheng/">操作规程</a> | <a href="/soft/anquan/">安全资料</a> | <a href="/soft/biaoge/">表格模板</a>⟧</td></tr>
<tr><td colspan="2">⟦m 当前位置：首页 -&gt; 管理制度 -&gt; 设备管理⟧</td></tr>
</table>
<table width="950" align="center" border="1" cellspacing="0" cellpadding="3" class="softinfo">
<tr><td>⟦m 资料名称：⟧</td><td>{T}</td></tr>
<tr><td>⟦m 文件大小：26 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 添加时间：2024-03-30⟧</td><td>⟦m 推荐等级：★★★★☆⟧</td></tr>
<tr><td>⟦m 解压密码：www.baigongzl.com⟧</td><td>⟦m 下载次数：318⟧</td></tr>
</table>
<table width="950" align="center"><tr><td class="intro">⟦m 资料预览：⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table width="950" align="center" class="downlist">
<tr><td>⟦a 电信下载一　电信下载二　联通高速下载⟧</td></tr>
<tr><td>⟦a 下载地址失效？点此报告死链⟧</td></tr>
</table>
<table width="950" align="center"><tr><td align="center">⟦d 本站资料均来源于网络，仅供学习交流，下载后请于24小时内删除。⟧</td></tr>
<tr><td align="center">⟦m 百工资料站 版权所有 鲁ICP备10020556号⟧</td></tr></table>
<div id="float_ad">⟦w 企业制度代编代写 联系QQ：1530288764⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　为规范机修车间油壶的使用和管理，防止加错油品、油壶泄漏引发设备事故和火灾，制定本规程。
第二条　车间油壶按油品分色：机械油用红色，液压油用蓝色，齿轮油用黄色，不得混装。
第三条　油壶应存放在专用油品柜内，柜门张贴油品对照表，壶嘴朝上放置。
第四条　加油前应核对设备润滑卡片上的油品牌号，确认无误后方可加注；加注完毕擦净壶嘴和注油口。
第五条　油壶出现漏油、壶嘴堵塞等情况的，应及时交班组长更换，不得自行改装。
第六条　油壶内剩余油品不得倒入下水道，统一回收到废油桶。
第七条　本规程自发布之日起执行。
""",
    ),
    dict(
        slug="download-gongyou-research-spittoons-wps-markers",
        site="工友资料下载站 (invented)",
        style="资料下载站",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://down.gongyouzl.net/wps/dy/88403.html",
        title="关于公共场所痰盂设置与清洁情况的调研报告",
        record_title="关于公共场所痰盂设置与清洁情况的调研报告.wps",
        date="2023-09-05",
        notes="a download station's text preview: ⬨n⬨ page markers cutting sentences, glued with a space to the continuation; file-info lines; 成文日期 under the signature; file-name record title",
        page="""
!m 工友资料下载站　|　免费公文资料下载
!m 资料分类：调研报告 ＞ 城市管理
!m 文件名：关于公共场所痰盂设置与清洁情况的调研报告.wps
!m 大小：31KB　　类型：WPS文字　　更新：2024-01-08
!a ↓ 本地下载　　↓ 备用下载
!m ———— 以下为文档预览 ————
{BODY}
!m ———— 预览结束 ————
!a 预览不完整？下载源文件查看原版排版
!d 声明：资料由网友提供，版权归原作者，如有侵权请联系删除。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⬨{n}⬨", every=140, start=2, glue=True, sep=" "),
        body="""
为了解城区公共场所痰盂设置和清洁现状，8月下旬，区爱卫办组织调研组对甔湖区车站、农贸市场、医院、老年活动中心等42处公共场所进行了实地走访。现将有关情况报告如下。
一、基本情况。42处场所中，仍设置痰盂的有11处，共计73个，主要集中在老年活动中心和农贸市场；其余31处已用带盖垃圾桶取代痰盂。
二、存在问题。一是清洁不及时，有5处场所的痰盂当天未清倒；二是消毒不规范，多数场所只用清水冲洗，未按要求浸泡消毒；三是摆放位置不合理，个别痰盂紧挨餐饮摊位。
三、工作建议。一是逐步撤除农贸市场、餐饮区域的痰盂；二是保留痰盂的场所明确专人管理，每日清倒、消毒不少于两次；三是结合文明城市创建，加强不随地吐痰宣传。
甔湖区爱国卫生运动委员会办公室
2023年9月5日
""",
    ),
    dict(
        slug="exam-shijiang-notice-wine-cup-skills-assessment",
        site="酾江市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.sjrsks.cn/zyjn/tzgg/202411/t20241104_6120.html",
        title="关于2024年第二批陶瓷酒盅手工成型专项职业能力考核的通知",
        record_title="〖考核通知〗关于2024年第二批陶瓷酒盅手工成型专项职业能力考核的通知 - 酾江市人事考试网",
        date="2024-11-04",
        notes="a personnel-exam site: a maintenance banner, an admission-ticket float, a technical line beside the centre's own 咨询电话; sentences about downloading and printing the admission ticket as content; 成文日期 expected",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖考核通知〗关于2024年第二批陶瓷酒盅手工成型专项职业能力考核的通知 - 酾江市人事考试网</title>
<script src="/js/ks-float.js"></script>
</head><body>
<div class="ks-alert">⟦d 系统升级公告：11月9日22:00至次日6:00报名系统暂停服务⟧</div>
<div class="ks-head">⟦m 酾江市人事考试网⟧<span>⟦m 酾江市人事考试中心 · 职业技能鉴定指导中心⟧</span></div>
<div class="ks-nav">⟦m 首页　考试公告　职业技能　成绩查询　证书办理　政策法规⟧</div>
<div class="ks-loc">⟦m 首页 &gt; 职业技能 &gt; 考核通知⟧</div>
<div class="ks-art">
<h2>{T}</h2>
<div class="ks-src">⟦m 时间：2024-11-04 16:10　来源：鉴定指导中心　字号：⟧⟦a 大　中　小⟧</div>
<div class="ks-con">
{BODY}
</div>
<div class="ks-tool">⟦a 打印本页　|　关闭窗口⟧</div>
</div>
<div class="ks-float"><a href="/zkz/">⟦a 准考证打印入口⟧</a><a href="/cj/">⟦a 成绩查询入口⟧</a></div>
<div class="ks-foot">
<p>⟦m 网站技术支持：0756-3310000（仅限网站故障）⟧</p>
<p>⟦m 酾江市人力资源和社会保障局主办　粤ICP备09011460号⟧</p>
</div>
</body></html>
""",
        body="""
各报考人员：
2024年第二批陶瓷酒盅手工成型专项职业能力考核定于11月16日在醑川县职业技术学校举行。现将有关事项通知如下：
一、考核内容：理论知识考试和实际操作考核。实际操作考核要求考生在90分钟内手工拉坯成型口径5厘米的酒盅6只，并完成修坯。
二、准考证打印：考生请于11月11日至15日登录本网站下载并打印准考证，凭准考证和身份证参加考核。
三、考生须自带围裙、修坯刀，泥料和拉坯机由考点提供。
四、考核结果将于考后20个工作日内在本网站公布。
咨询电话：0756-3312093（工作日）。
酾江市职业技能鉴定指导中心
2024年11月4日
""",
    ),
    dict(
        slug="exam-fanling-notice-forest-firefighters-kerosene-stove",
        site="燔岭县人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.fanling.gov.cn/ggtz/2024/0815/2277.html",
        title="燔岭县应急管理局2024年公开招聘专职森林消防队员体能及技能测试通知",
        record_title="燔岭县应急管理局2024年公开招聘专职森林消防队员体能及技能测试通知（附测试项目）｜燔岭人事考试",
        date="2024-08-15",
        notes="an exam site's text: a test item about smothering a burning kerosene stove; downloading and printing the test slip as content; the exam office's own 咨询电话 beside the site's technical line; numbered items without full stops",
        page="""
!m 燔岭县人事考试网
!d 温馨提示：本网站不收取任何考试培训费用，谨防上当受骗。
!m 首页 ＞ 公告通知 ＞ 事业单位招聘
!t 燔岭县应急管理局2024年公开招聘专职森林消防队员体能及技能测试通知（附测试项目）
!m 发布于：2024-08-15　　阅读：2764
{BODY}
!a 【打印此页】　【关掉本窗口】
!l 相关公告：燔岭县2024年公开招聘专职森林消防队员公告　｜　资格复审结果公示
!m 燔岭县人事考试网　技术服务电话：0739-6620000
""",
        indent="\u3000\u3000",
        body="""
各有关考生：
根据《燔岭县2024年公开招聘专职森林消防队员公告》，现将体能及技能测试有关事项通知如下：
一、测试时间：2024年8月24日8:00开始，考生须于7:30前到达。
二、测试地点：燔岭县消防救援大队训练场。
三、测试项目：
1.负重登山（2公里）
2.水带连接
3.初起火灾处置：使用灭火毯扑灭燃烧的煤油炉，并正确关闭油阀
四、考生请于8月20日起登录燔岭县人事考试网下载打印测试通知单，测试当天携带身份证、通知单参加测试。
咨询电话：0739-6627114。
燔岭县应急管理局
2024年8月15日
""",
    ),
    dict(
        slug="tender-zunshan-inquiry-oil-cans-salt-spoons",
        site="罇山县公共资源交易平台 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.zunshan.gov.cn/jyxx/zfcg/xjgg/20240419/8813.html",
        title="罇山县疾病预防控制中心控油壶及限盐勺采购项目询价公告",
        record_title="罇山县疾病预防控制中心控油壶及限盐勺采购项目询价公告【询价·货物】- 罇山县公共资源交易平台",
        date="2024-04-19",
        notes="a tender portal: a countdown, CA and trading-system hotlines beside the purchaser's and agency's own contacts; an items table one row a paragraph; sentences about downloading and scanning-and-uploading documents as content; 成文日期 expected",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>罇山县疾病预防控制中心控油壶及限盐勺采购项目询价公告【询价·货物】- 罇山县公共资源交易平台</title>
<script src="/js/countdown.js"></script>
</head><body>
<div class="jy-top">⟦m 罇山县公共资源交易平台⟧　⟦a 主体登录　|　CA办理⟧</div>
<div class="jy-nav">⟦m 首页　交易信息　政府采购　工程建设　服务指南　政策法规⟧</div>
<div class="jy-loc">⟦m 交易信息 › 政府采购 › 询价公告⟧</div>
<div class="jy-main">
<h3>{T}</h3>
<div class="jy-meta">⟦m 信息时间：2024-04-19　浏览次数：207⟧</div>
<div class="jy-count">⟦a 距报价截止还有：7天 02时 15分⟧</div>
<div class="jy-con">
{BODY}
</div>
<div class="jy-fj">⟦a 采购文件下载（须登录）⟧</div>
</div>
<div class="jy-foot">
<p>⟦m CA证书办理及驱动咨询：400-860-3377⟧</p>
<p>⟦m 交易系统操作咨询：0793-6200511⟧</p>
<p>⟦m 罇山县公共资源交易中心　赣ICP备12003386号⟧</p>
</div>
</body></html>
""",
        body="""
项目编号：ZSCDC-2024-XJ011
一、采购内容
品目　数量　最高限价
带刻度控油壶（500毫升）　6000只　8.5元/只
限盐勺（2克）　6000把　1.2元/把
二、供应商资格：具有独立承担民事责任的能力，所供控油壶须为食品级材质，提供检测报告。
三、报价截止时间：2024年4月26日17:00，逾期不予受理。
四、采购文件请在本平台项目页面下载，报价文件盖章后扫描上传。
五、联系方式
采购人：罇山县疾病预防控制中心，联系人：储岚，电话：0793-6218890
代理机构：罇山县宏远招标代理有限公司，联系人：巫振，电话：0793-6233517
罇山县宏远招标代理有限公司
2024年4月19日
""",
    ),
    dict(
        slug="tender-cuancheng-bid-result-chopstick-holders",
        site="爨城县政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://zfcg.cuancheng.gov.cn/zbgg/2024/1021/3391.html",
        title="爨城县第二中学食堂不锈钢筷笼及消毒柜采购项目中标结果公告",
        record_title="爨城县第二中学食堂不锈钢筷笼及消毒柜采购项目中标结果公告_结果公示_爨城县政府采购网",
        record_date="2024-10-21",
        date="2024-10-21",
        notes="record date; a bid result as text with its lots table one row a paragraph; the purchaser's own contact beside the platform's hotline; no signature date",
        page="""
!m 爨城县政府采购网
!m 首页 ＞ 采购公告 ＞ 结果公示
!t 爨城县第二中学食堂不锈钢筷笼及消毒柜采购项目中标结果公告
!m 公告日期：2024-10-21　　采购方式：询价
{BODY}
!a 【我要质疑】　【打印公告】
!l 同项目公告：询价公告（2024-10-11）　｜　更正公告（2024-10-14）
!m 平台客服热线：0736-4210808（工作日 8:30-17:30）
!m 爨城县财政局主办　湘ICP备13002275号
""",
        body="""
一、项目编号：CCZC-2024-0387
二、项目名称：爨城县第二中学食堂不锈钢筷笼及消毒柜采购项目
三、中标信息
包号　中标供应商　中标金额
1包（不锈钢沥水筷笼400只）　爨城县众兴厨具经营部　15600元
2包（高温消毒柜6台）　酾江市洁安电器有限公司　40800元
四、评审专家：邵清、甘立新、卞晓芸
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式：采购人爨城县第二中学，联系人：龙进，电话：0736-4281175。
""",
    ),
    dict(
        slug="lawfirm-hengheng-case-tenant-kerosene-stove-fire",
        site="恒衡律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.henghenglaw.com/anli/2024/0118/256.html",
        title="租客用煤油炉引发火灾，房东要担责吗？",
        record_title="案例直击 ‖ 租客用煤油炉引发火灾，房东要担责吗？ - 恒衡律师事务所",
        date="2024-01-18",
        notes="a law firm: a lawyer card, a consult float, a 400 line, a 本文地址 block and a repost notice; a 发布时间 byline as the date; 【案情】/【法院判决】/【律师提醒】 paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>案例直击 ‖ 租客用煤油炉引发火灾，房东要担责吗？ - 恒衡律师事务所</title>
<script src="/assets/js/consult.js"></script>
</head><body>
<div class="hh-top">⟦m 恒衡律师事务所⟧　⟦m 全国法律咨询热线 400-619-8031⟧</div>
<div class="hh-nav">⟦m 首页　律所简介　专业领域　律师团队　案例直击　联系我们⟧</div>
<div class="hh-pos">⟦m 首页 / 案例直击 / 房产租赁⟧</div>
<div class="hh-art">
<h1>{T}</h1>
<div class="hh-meta">⟦m 发布时间：2024-01-18　作者：章雨桐律师　阅读：1370⟧</div>
<div class="hh-con">
{BODY}
</div>
<div class="hh-url">⟦m 本文地址：https://www.henghenglaw.com/anli/2024/0118/256.html⟧</div>
<div class="hh-copy">⟦d 本文为本所律师原创，转载请注明作者及出处；文中观点不构成对具体案件的法律意见。⟧</div>
</div>
<div class="hh-card"><p>⟦m 章雨桐 专职律师 执业证号 14403201811263407⟧</p><p>⟦m 擅长：房屋租赁 · 人身损害赔偿⟧</p><p>⟦a 立即咨询章律师⟧</p></div>
<div class="hh-float">⟦w 免费咨询 · 30秒内律师回复⟧</div>
<div class="hh-foot">⟦m 地址：酾江市滨江大道288号恒衡大厦12层　粤ICP备17066210号⟧</div>
</body></html>
""",
        body="""
【案情】2022年冬，租客王某在出租屋内使用煤油炉取暖，夜间外出未熄火，煤油炉倾倒引发火灾，烧毁房屋内家具家电，并殃及隔壁住户。房东陈某起诉王某赔偿损失，王某则认为房东提供的房屋没有暖气，使用煤油炉是不得已。
【法院判决】法院审理认为，王某在出租屋内使用明火炉具，离开时未采取熄火等安全措施，对火灾发生存在过错，应当承担主要赔偿责任；房东陈某在租赁合同中未约定禁止使用明火，也未配备灭火器，承担次要责任。最终判决王某承担80%的赔偿责任。
【律师提醒】出租人应在租赁合同中明确禁止使用煤油炉等明火取暖设备，并配备必要的消防器材；承租人则应当遵守用火安全规定，人离火灭。
""",
    ),
    dict(
        slug="lawfirm-hongzheng-letter-wine-cup-design-patent",
        site="泓正律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.hongzhenglaw.cn/wenshu/2024/0522/77.html",
        title="关于停止侵犯“竹节”酒盅外观设计专利权的律师函",
        record_title="【文书展示】关于停止侵犯“竹节”酒盅外观设计专利权的律师函（已脱敏）- 泓正律师事务所",
        date="2024-05-20",
        notes="a law firm's published letter as text: ×× placeholders from desensitising, the firm's own contact beside its 400 line; a firm name that is also the signature (matched as head); 成文日期 expected, the page's posting date also accepted",
        date_also=["2024-05-22"],
        page="""
!m 泓正律师事务所
!m 知识产权 · 商事争议 · 企业合规
!m 首页 › 文书公开 › 律师函
!t 【文书展示】关于停止侵犯“竹节”酒盅外观设计专利权的律师函（已脱敏）
!m 发布：2024-05-22　　整理：泓正知产团队
{BODY}
!d 本文书已隐去当事人信息，仅供交流学习，不得用于其他用途。
!w 遭遇产品外观被仿？点击预约泓正知产律师一对一咨询
!m 泓正律师事务所　客服热线：400-770-2611
""",
        indent="\u3000\u3000",
        body="""
××陶瓷经营部：
本所受醑川县醇和陶瓷有限公司（以下简称“委托人”）委托，就贵方销售侵犯委托人外观设计专利权产品一事，特致函如下：
委托人于2021年就“竹节”酒盅取得外观设计专利权，专利号为ZL2021××××××××.X，目前该专利合法有效。经查，贵方在网店销售的“竹韵小酒盅”与委托人专利产品外观高度近似，已构成侵权。
为此，本所律师郑重要求贵方：一、自收到本函之日起立即停止销售上述产品，下架相关网店链接；二、于十日内书面告知库存数量及处理方案。
如贵方置之不理，委托人将依法追究贵方的法律责任。
本所联系人：洪律师，电话：0797-6630518。
泓正律师事务所
2024年5月20日
""",
    ),
]
