"""holdout293, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text each).

Invented throughout; subjects 煤炉, 竹椅, 笔洗, 算筹, 秤砣. Markup: see ../build.py.
"""

CASES = [
    dict(
        slug="localforum-dushui-hollow-weights-market-jammer",
        site="渎水论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.dushui.net/thread-880412-1-1.html",
        title="洫田镇菜市场有摊位秤砣被掏空，称一斤少二两",
        record_title="[街谈曝光] 洫田镇菜市场有摊位秤砣被掏空，称一斤少二两（有视频）- 民生热线 - 渎水论坛",
        date=None,
        notes="county forum: weather line, medals, jammer-font junk, a decoration ad between posts, an official-reply "
        "link; the post's own market-supervision phone beside the forum's ad QQ; 发表于 3 小时前 (no date)",
        page="""
<html><head><meta charset="gbk"><title>[街谈曝光] 洫田镇菜市场有摊位秤砣被掏空，称一斤少二两（有视频）- 民生热线 - 渎水论坛</title>
<script src="data/cache/common.js"></script></head><body>
<div id="toptb">⟦m 渎水论坛 · 渎水人自己的网上家园⟧　⟦m 今日渎水：多云 6～14℃ 东北风2级⟧</div>
<div id="nv">⟦m <a>首页</a> <a>民生热线</a> <a>渎水吃喝</a> <a>房产家居</a> <a>便民信息</a>⟧</div>
<div id="pt">⟦m 渎水论坛 › 民生热线 › 帖子详情⟧</div>
<div class="banner-ad">⟦a 【广告】渎水好邻居装修，全包套餐每平米598元起⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 洫田老街坊⟧<br>⟦m 勋章：热心网友 · 民生观察员⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 3 小时前　|　只看该作者　|　查看 3,912　回复 47⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="reply-official">⟦l 本帖已转交渎水县市场监督管理局，点此查看官方回复⟧</div>
<div class="po">⟦a 顶 · 分享 · 收藏 · 举报⟧</div></td></tr></table>
<div class="reply">⟦l 2楼　浚口小吴：我上周也遇到了，卖橘子的⟧</div>
<div class="reply">⟦l 3楼　论坛版主：已置顶，请相关部门关注⟧</div>
<div class="adqq">⟦w 本版广告位招租，联系QQ：3012558840⟧</div>
<div id="ft">⟦m 渎水论坛 渎ICP备15006621号 | 手机版 | 小黑板⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
今天上午在洫田镇菜市场东门买了三斤橘子，回家用电子秤一称，只有两斤四两。我拿着橘子回去找，摊主说秤没问题。
我请旁边卖菜的大姐借了公平秤复称，果然少了六两。后来有人告诉我，这家的秤砣底下被掏了个洞，塞了泥巴又糊上，看着一样，分量轻了不少。
希望市场监管部门管一管，也提醒大家买东西多留个心眼，尤其是用杆秤的流动摊。市场门口就有公平秤，买完复称一下不费事。
洫田镇市场监管所的电话是0794-6631205，我已经打过电话反映了，等处理结果出来再跟帖。
""",
    ),
    dict(
        slug="localforum-boling-coal-stove-smoke-neighbour-junk",
        site="帛岭在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.bolingzx.com/forum.php?mod=viewthread&tid=300217",
        title="楼下烧煤炉的烟全灌进我家了，该找谁？",
        record_title=None,
        date=None,
        notes="no record title: the thread subject; forum junk lines and glued junk; relative time 前天 (no date); "
        "replies and a sticky notice",
        page="""
!m 帛岭在线 › 社区论坛 › 家长里短
{T}
!m 阅读：1208　回复：36　　楼主：茬坪新居民　　发表于 前天 19:55
!d 本版发帖请文明用语，涉及个人信息的帖子将被删除
{BODY}
!a 支持(22)　反对(1)　　回复本帖
!l 沙发 · 老帛岭：先找物业，物业不管打12345
!l 板凳 · 小周：装个报警器，别拿命开玩笑
!a 登录帛岭在线后方可回帖
!m 帛岭在线 版权所有 ｜ 手机访问 m.bolingzx.com
""",
        junk=dict(lines=1, glued=2),
        body="""
我住在帛岭县城老粮站宿舍三楼，楼下一楼的老人家今年冬天又开始烧蜂窝煤炉，烟囱从窗户伸出来，正好对着我家的卧室窗户。
每天傍晚封炉的时候，一股煤烟味顺着窗缝往屋里钻，家里有个两岁的孩子，晚上都不敢开窗透气。我下去跟老人商量过两次，让他把烟囱接长一点、往上拐个弯，他说没钱也没人帮忙弄。
老人一个人住，其实也挺不容易的，我不想闹僵。想问问大家，这种情况该找物业、社区，还是找哪个部门？有没有给老人免费改烟囱的政策？
""",
    ),
    dict(
        slug="download-laowan-bamboo-chair-workshop-rules-doc",
        site="老万资料站 (invented download station, old gb2312 layout)",
        style="资料下载站",
        genre="规程",
        kind="rule",
        form="html",
        source="http://www.laowanzl.com/soft/anquan/14420.html",
        title="竹椅加工车间安全操作规程",
        record_title="竹椅加工车间安全操作规程.doc",
        date=None,
        notes="download station table layout: file-info table (upload and update stamps, no date), three download "
        "links, a dead-link report, an unzip password and a floating ghost-writer ad; rules with 第N条 that "
        "speak of 扫码 and 打印 as content",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>竹椅加工车间安全操作规程.doc - 老万资料站</title>
<script language="javascript" src="/js/down.js"></script></head>
<body>
<table width="950" align="center" cellspacing="0" cellpadding="4" border="0">
<tr><td bgcolor="#2F5D8A"><font color="#FFFFFF" size="4">⟦m 老万资料站⟧</font>　<font color="#FFFFCC">⟦m 安全规程 · 岗位制度 · 表格模板 免费下⟧</font></td></tr>
<tr><td>⟦m 所在位置：首页 > 安全资料 > 操作规程 > 木竹加工⟧</td></tr>
</table>
<table width="950" align="center" border="1" cellspacing="0" cellpadding="3" bordercolor="#C9D6E3">
<tr><td>⟦m 资料名称⟧</td><td>{T}</td></tr>
<tr><td>⟦m 文件大小⟧</td><td>⟦m 36 KB⟧</td></tr>
<tr><td>⟦m 资料格式⟧</td><td>⟦m .doc（Word 97-2003）⟧</td></tr>
<tr><td>⟦m 入库时间⟧</td><td>⟦m 2023-11-08　最后更新：2024-02-19⟧</td></tr>
<tr><td>⟦m 下载次数⟧</td><td>⟦m 本周 37 次 / 累计 2140 次⟧</td></tr>
</table>
<table width="950" align="center"><tr><td>
<div class="intro"><b>⟦m 资料简介：⟧</b></div>
{BODY}
</td></tr></table>
<table width="950" align="center"><tr><td>
⟦a 下载地址一：电信高速下载⟧<br>⟦a 下载地址二：联通高速下载⟧<br>⟦a 下载地址三：本地备用下载⟧<br>
⟦a 链接失效？点此向站长报错⟧<br>
⟦d 解压密码：www.laowanzl.com　资料来源于网络，仅供学习参考⟧
</td></tr></table>
<div style="position:absolute;right:10px;top:260px">⟦w 各类制度规程代编，QQ 1187003462⟧</div>
<table width="950" align="center"><tr><td align="center">⟦m Copyright 2008-2024 老万资料站 备案号：冀ICP备08013377号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为保障竹椅加工车间安全生产，防止火灾和机械伤害，制定本规程。
第二条　进入车间须穿戴工作服、防护手套和防护眼镜，长发须盘起，严禁穿拖鞋。
第三条　烤竹工位的炭火炉须与竹料堆放区保持5米以上距离，烤竹时专人看守，下班前熄灭炉火。
第四条　使用破竹机、刨篾机时，手不得靠近刀口，清理竹屑须先停机断电。
第五条　篾丝、刨花每班清扫一次，集中存放在指定的铁皮箱内。
第六条　每台设备挂有二维码，操作人员上岗前须扫码阅读操作要点；设备点检表每周打印一份，签字后交车间存档。
第七条　本规程自发布之日起执行，由车间安全员负责解释。
""",
    ),
    dict(
        slug="download-kejianfang-lesson-counting-rods-wps-marks",
        site="课件坊下载站 (invented)",
        style="资料下载站",
        genre="教学设计",
        kind="plan",
        form="text",
        source="https://www.kejianfang.net/jiaoan/shuxue/3nj/20117.html",
        title="《用算筹表示数》教学设计",
        record_title="《用算筹表示数》教学设计.wps",
        date=None,
        notes="download station text: file-name record title; page markers ♆n♆ cutting sentences, glued to the "
        "continuation or on lines of their own (mixed, with a space); upload stamp (no date)",
        page="""
!m 课件坊下载站 — 教案 · 课件 · 试卷 一站下载
!m 位置：课件坊 ＞ 小学数学教案 ＞ 三年级
!t 《用算筹表示数》教学设计.wps
!m 资料大小：41KB　|　适用：三年级上册　|　上传：2024-09-11　|　人气：1630
!a 【本地下载】　【网盘下载】　【加入资料篮】
{BODY}
!a 以上为预览内容，完整教案（含课件）请下载后查看
!l 同类资料：《古代的计数方法》课件　　三年级数学文化拓展课教案
!d 课件坊所有资源均由教师上传分享，仅供教学参考，请勿用于商业用途。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="♆{n}♆", every=90, start=2, glue="mix", sep=" "),
        body="""
一、教学目标：认识算筹的纵式和横式，会用算筹表示一百以内的数，感受古代数学的智慧。
二、教学准备：每个小组一袋小棒（代替算筹），课件中准备纵式、横式对照图和《孙子算经》中的口诀。
三、教学过程：
1.导入。出示古人用算筹计数的图片，提问：没有数字的时候，古人是怎样记数的？
2.探究。学生先用小棒自由摆出1到9，再对照纵式图互相检查；教师讲解“纵横相间”，让学生试着摆出23、56、80。
3.练习。同桌一人摆、一人读，摆错的地方互相纠正，并说说为什么个位和十位的摆法不一样。
4.小结。请学生说一说，算筹和我们今天用的数字有什么相同和不同。
四、板书设计：纵式、横式对照表，纵横相间示例。
""",
    ),
    dict(
        slug="examsite-fushan-museum-restorer-practical-brush-washer",
        site="黻山人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.fushanrsks.cn/ksgg/2024/0703/1216.html",
        title="黻山县博物馆2024年公开招聘文物修复人员实操考试公告",
        record_title="〔考务告知〕黻山县博物馆2024年公开招聘文物修复人员实操考试公告- 黻山人事考试网",
        date="2024-07-02",
        date_also=["2024-07-03"],
        notes="exam site: maintenance banner, admission-ticket float; the exam centre's 咨询电话 beside the site's "
        "technical line; a timetable table; 下载并打印准考证 as content; the page's date differs from the 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>〔考务告知〕黻山县博物馆2024年公开招聘文物修复人员实操考试公告- 黻山人事考试网</title>
<script src="/js/float-zkz.js"></script></head><body>
<div class="notice-bar">⟦d 系统维护公告：本网站将于7月6日22:00至次日6:00停机升级⟧</div>
<div class="head">⟦m 黻山人事考试网⟧　⟦m 黻山县人事考试中心主办⟧</div>
<div class="nav">⟦m <a>首页</a> <a>考试公告</a> <a>报名入口</a> <a>成绩查询</a> <a>政策法规</a>⟧</div>
<div class="path">⟦m 首页 » 考试公告 » 事业单位招聘⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2024-07-03 09:00　浏览：4520⟧</div>
<div class="con">
{BODY}
</div>
<div class="float-zkz">⟦a 准考证打印入口 ▶⟧</div>
<div class="foot">⟦m 网站技术支持：0746-7715590（工作日 9:00—17:00）⟧<br>⟦m 黻山县人事考试中心　地址：黻山县政务中心B座⟧</div>
</body></html>
""",
        body="""
根据《黻山县博物馆2024年公开招聘工作人员公告》，文物修复岗位实操考试有关事项公告如下：
一、考试内容。考生在规定时间内完成一件残损瓷笔洗的清洗、拼接和补配，考官按修复方案、操作规范和完成效果评分。
二、考试安排：
日期　时间　内容
7月13日　8:30—11:30　瓷笔洗清洗与拼接
7月13日　14:00—16:00　补配与修复记录
三、准考证。请考生于7月10日至12日登录本网站下载并打印准考证，凭准考证和身份证参加考试。
四、注意事项。修复材料由考点统一提供，考生可自带常用手工工具。
咨询电话：0746-7715203
黻山县人事考试中心
2024年7月2日
""",
    ),
    dict(
        slug="examsite-rencheng-metrology-inspector-weights-title-line",
        site="轫城人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://rsks.rencheng.gov.cn/html/2024/09/0927-3318.html",
        title="轫城市计量测试所2024年招聘计量检定员技能测试公告",
        record_title=None,
        date="2024-09-26",
        notes="no record title: the page's title line; a timetable table; the exam contact phone beside the site's "
        "technical line; 成文日期 under the signature",
        page="""
!m 轫城人事考试网　|　公平 公正 诚信 服务
!m 当前位置：首页 ＞ 考试动态 ＞ 事业单位
{T}
!m 点击次数：2177　　信息来源：市人事考试中心
{BODY}
!a 【打印本页】　【收藏本页】
!l 最新公告：2024年下半年全市事业单位体检名单　｜　关于调整部分考点的说明
!m 技术咨询：0795-3310885　　监督电话：0795-3310877
!m 轫城市人事考试中心　版权所有
""",
        indent="\u3000\u3000",
        body="""
轫城市计量测试所2024年公开招聘计量检定员的技能测试定于10月12日举行。现将有关事项公告如下：
一、测试内容。考生须按规程完成两项操作：杆秤秤砣的质量检定，以及电子计价秤的示值误差检定。
二、测试安排：
组别　时间　地点
第一组　8:30—10:00　计量测试所二楼检定室
第二组　10:30—12:00　计量测试所二楼检定室
三、考生须携带身份证参加测试，迟到15分钟者不得入场。
联系电话：0795-3318046
轫城市计量测试所
2024年9月26日
""",
    ),
    dict(
        slug="tender-dunchuan-park-bamboo-chairs-bid-result",
        site="砘川公共资源交易网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.dunchuan.gov.cn/jyxx/zfcg/zbgg/20240426/8830217.html",
        title="砘川县公园景区休闲竹椅采购项目中标结果公告",
        record_title="【成交结果·货物】砘川县公园景区休闲竹椅采购项目中标结果公告- 砘川公共资源交易网",
        date="2024-04-26",
        notes="tender portal: a countdown to the end of publicity, an attachment link, CA and trading-system lines "
        "beside the purchaser's and agency's own contacts; a lots table; 公告日期 at the end",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【成交结果·货物】砘川县公园景区休闲竹椅采购项目中标结果公告- 砘川公共资源交易网</title>
<script src="/js/countdown.js"></script></head><body>
<div class="top">⟦m 砘川公共资源交易网⟧　⟦a 主体登录 | 注册 | CA办理⟧</div>
<div class="menu">⟦m <a>首页</a> <a>交易信息</a> <a>政府采购</a> <a>工程建设</a> <a>服务指南</a>⟧</div>
<div class="path">⟦m 交易信息 > 政府采购 > 中标（成交）结果⟧</div>
<h2 class="ttl">{T}</h2>
<div class="info">⟦m 信息来源：砘川县公共资源交易中心　阅读次数：391⟧</div>
<div class="count">⟦a 距公示期结束还有：00天 17时 42分⟧</div>
<div class="ewb-article">
{BODY}
</div>
<div class="att">⟦a 附件：中标通知书（扫描件）.pdf⟧</div>
<div class="foot">⟦m CA证书办理咨询：0748-5199001⟧　⟦m 交易系统技术支持：400-860-3377⟧<br>⟦m 砘川县公共资源交易中心　赣ICP备14006810号-1⟧</div>
</body></html>
""",
        body="""
一、项目编号：DCZC-2024-0137
二、项目名称：砘川县公园景区休闲竹椅采购项目
三、中标结果：
包号　中标供应商　中标金额（元）　数量
1　辂阳县茬坪竹艺家居有限公司　186400　靠背竹椅400把
2　盏湾镇长根竹器作坊　97200　竹躺椅120把
四、公示期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：砘川县城市管理局　联系人：孔先生　电话：0748-5122647
代理机构：砘川恒信招标咨询有限公司　联系人：苏女士　电话：0748-5137730
公告日期：2024年4月26日
""",
    ),
    dict(
        slug="tender-taixi-school-counting-rods-inquiry",
        site="炱溪县政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.taixi.gov.cn/xjgg/2024/1015/66120.html",
        title="炱溪县第二小学数学学具（算筹）采购询价公告",
        record_title="[学具询价] 炱溪县第二小学数学学具（算筹）采购询价公告｜炱溪县政府采购网",
        date="2024-10-15",
        notes="tender text: an items table; 请供应商下载询价文件 as content; purchaser's contact beside the "
        "platform's CA line; 公告日期 at the end",
        page="""
!m 炱溪县政府采购网　　阳光采购 · 公平交易
!m 当前位置：首页 > 采购公告 > 询价公告
!t [学具询价] 炱溪县第二小学数学学具（算筹）采购询价公告
!m 发布单位：炱溪县第二小学　　浏览量：207
{BODY}
!a 【我要报价】　【打印公告】
!l 同类公告：县实验小学科学实验器材采购询价公告
!m CA数字证书服务热线：0797-4630221
!m 炱溪县财政局主办　技术支持：炱溪县政务数据中心
""",
        indent="\u3000\u3000",
        body="""
炱溪县第二小学拟采购数学学具（算筹）一批，现邀请合格供应商参加询价。
一、采购内容：
品名　规格　数量
竹制算筹学具盒　每盒100根，含收纳布袋　320盒
教师演示算筹　磁吸式，长30厘米　12套
二、报价要求：请供应商下载询价文件，按要求填写报价单，于10月22日17时前密封送达学校总务处。
三、交货时间：合同签订后15日内送货到校。
四、联系方式：炱溪县第二小学总务处 廖老师，电话0797-4612058。
公告日期：2024年10月15日
""",
    ),
    dict(
        slug="lawfirm-chizhong-hollow-weights-case-note",
        site="持中律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.chizhonglaw.cn/anli/2024/0618/417.html",
        title="掏空秤砣短斤少两，消费者能要求三倍赔偿吗",
        record_title="秤上说法▕ 掏空秤砣短斤少两，消费者能要求三倍赔偿吗 - 持中律师事务所",
        date="2024-06-18",
        notes="law firm: lawyer card, consult float, 400 line, a 本文链接 block; the byline's 发布于 is the page's "
        "date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>秤上说法▕ 掏空秤砣短斤少两，消费者能要求三倍赔偿吗 - 持中律师事务所</title>
<script src="/js/kefu.js"></script></head><body>
<header>⟦m 持中律师事务所⟧<span>⟦m 持中守正 · 专注民商事纠纷⟧</span>⟦w 免费法律咨询：400-611-0872⟧</header>
<nav>⟦m <a>首页</a> <a>律所简介</a> <a>专业领域</a> <a>以案说法</a> <a>联系我们</a>⟧</nav>
<div class="loc">⟦m 首页 / 以案说法 / 消费维权⟧</div>
<article><h1>{T}</h1>
<p class="by">⟦m 发布于 2024-06-18　作者：罗明衡 律师　阅读 688⟧</p>
{BODY}
<div class="link">⟦m 本文链接：https://www.chizhonglaw.cn/anli/2024/0618/417.html⟧<br>⟦d 转载请注明出处，本文不构成对具体案件的法律意见⟧</div>
</article>
<aside class="card">⟦m 罗明衡　执业证号 13602201510843117⟧<br>⟦m 擅长：消费维权、合同纠纷⟧<br>⟦w 微信同号：188 0748 6603⟧</aside>
<div class="float">⟦w 在线律师 · 立即咨询⟧</div>
<footer>⟦m 持中律师事务所　地址：砘川县人民路201号3楼⟧<br>⟦m 赣ICP备19020734号⟧</footer>
</body></html>
""",
        body="""
【案情】王女士在集市上向摊主刘某购买腊肉10斤，回家复称发现只有8斤2两。市场监管部门调查发现，刘某使用的秤砣底部被掏空后用铁片封住，每称一斤少约三两。王女士起诉要求刘某退还差价并支付三倍赔偿。
【评析】刘某故意使用改装秤砣，使消费者误以为足斤足两，属于欺诈行为。根据消费者权益保护法第五十五条，经营者有欺诈行为的，应当按照消费者的要求增加赔偿其受到的损失，增加赔偿的金额为商品价款的三倍，不足五百元的为五百元。
【提示】买东西时可到公平秤复称，保留购物凭证；发现秤砣异常，可拍照留证并向12315投诉。
""",
    ),
    dict(
        slug="lawfirm-mingli-online-bamboo-chair-collapse-answer",
        site="明理律师网 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="text",
        source="http://www.minglilawyer.com/wenda/9930512.html",
        title="网购竹椅坐塌摔伤，商家该怎么赔？",
        record_title="【律师帮你答】网购竹椅坐塌摔伤，商家该怎么赔？｜明理律所",
        date=None,
        notes="law Q&A text: the lawyer's answer is the body; question meta with a relative time (4 天前), a consult "
        "prompt between paragraphs, a disclaimer; no date",
        page="""
!m 明理律师网　|　有法律问题，找明理
!m 首页 > 法律问答 > 消费维权
!t 【律师帮你答】网购竹椅坐塌摔伤，商家该怎么赔？
!m 提问时间：4 天前　　咨询人：浚口**　　地区：辂阳
!m 律师回复　　郑怀远律师　·　执业12年
{BODY}
!d 以上回复仅代表律师个人观点，具体请结合证据与律师面谈。
!w 同类问题想找律师一对一分析？拨打 400-712-5580
!l 相关问答：买到甲醛超标家具怎么退货　｜　快递送货摔坏家具谁负责
""",
        indent="",
        body="""
您好。根据您的描述，竹椅正常使用时突然坐塌致人摔伤，属于产品存在缺陷造成的人身损害。
一、可以向谁索赔。您既可以向网店卖家索赔，也可以向竹椅生产者索赔；卖家先行赔偿后，可再向生产者追偿。
⟦w 不想自己写索赔函？点此让律师代写⟧
二、可以赔什么。包括医疗费、护理费、交通费、误工费等合理费用，伤情构成伤残的还可主张残疾赔偿金。
三、要留什么证据。请保留竹椅实物和断裂部位照片、订单和聊天记录、就诊病历和票据。
建议先与商家协商，协商不成可向平台投诉或向法院起诉。
""",
    ),
]
