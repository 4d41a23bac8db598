"""holdout332, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="localforum-heling-cistern-block-child-jammer",
        site="菏岭论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.helingluntan.com/thread-553017-1-1.html",
        title="提醒各位宝妈：洁厕块千万别放孩子够得着的地方",
        record_title=None,
        date=None,
        notes="county forum: no record title (the thread subject); a weather line, medals, a forwarded-to-official link, an ad QQ; jammer-font junk; relative posting time",
        page="""
<html><head><meta charset="gbk">
<title>提醒各位宝妈：洁厕块千万别放孩子够得着的地方 - 菏岭妈妈圈 - 菏岭论坛</title>
<style>.jammer{display:none}</style>
</head><body>
<div id="toptb">⟦m 今日菏岭：多云转晴 3℃~12℃ 东北风2级⟧ <a>⟦a 登录菏岭论坛⟧</a></div>
<div id="hd">⟦m 菏岭论坛 — 菏岭人自己的网上家园⟧</div>
<div id="pt">⟦m 菏岭论坛 › 生活服务 › 菏岭妈妈圈⟧</div>
<table><tr><td class="pls"><div>⟦m 小宝他妈⟧</div><p>⟦m 勋章：热心网友 · 宝妈达人⟧</p></td>
<td class="plc"><h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 前天 08:12 | 只看该作者 | 查看: 6120 | 回复: 88⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦l 本帖已推送至“菏岭发布”官方号⟧</div>
<div class="po">⟦a 回复 收藏 分享 举报⟧</div></td></tr></table>
<div class="pl">⟦l 2#　阿勇爸爸：看完赶紧把家里的也收起来了⟧</div>
<div class="pl">⟦l 3#　县医院小护士：处理得对，别催吐⟧</div>
<div class="ad">⟦w 菏岭本地装修团购，咨询QQ：1937720654⟧</div>
<div id="ft">⟦m 菏岭论坛 ( 鲁ICP备13007412号 ) 客服电话：0530-5119966⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
昨天晚上差点吓死，写出来提醒一下大家。
我家小宝两岁半，趁我做饭溜进卫生间，把柜子底下一板没拆的洁厕块拿出来啃，蓝色的，可能以为是糖。我发现的时候嘴角都是蓝沫子。
赶紧抱去县医院急诊，医生问了成分、看了包装，说好在量不多，让多喝水观察，没让催吐。
回来我就把所有洁厕块、洗衣凝珠都放到了吊柜顶上。家里有小孩的，真的要注意，这东西颜色鲜艳、闻着还香，孩子分不清。
""",
    ),
    dict(
        slug="localforum-bianxi-corridor-basket-complaint-junk",
        site="汴溪生活网 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.bianxishenghuo.com/thread-118409-1-1.html",
        title="楼道里的置物篮被物业全收走了，合理吗？",
        record_title="[邻里说事] 楼道里的置物篮被物业全收走了，合理吗？ - 邻里百事 - 汴溪生活网",
        date=None,
        notes="county forum text with junk lines and junk glued after 。; a reply from an official account; relative posting time",
        page="""
!m 汴溪生活网 · 汴溪人的生活圈
!m 汴溪生活网 › 社区 › 邻里百事
!t [邻里说事] 楼道里的置物篮被物业全收走了，合理吗？
!m 城南老张 发表于 3 天前 | 查看 2977 | 回复 41
{BODY}
!a 回复　点赞　收藏　举报
!l 2楼　锦华业主群主：我们楼也是，收之前一声招呼没打
!l 3楼　汴溪城南物业（官方）：已私信楼主，核实后赔偿雨伞
!l 4楼　小林：挂墙上的确实不碍事
!a 游客请先登录汴溪生活网再回复
!m 汴溪生活网 版权所有　豫ICP备16022714号
""",
        junk=dict(lines=1, glued=2),
        body="""
我住汴溪城南锦华小区，上周末物业贴了通知，说楼道要清理杂物，三天内不收走的统一清运。
我家门口就挂了一个置物篮，放鞋套和雨伞，不占通道，结果周一下班回来篮子连同里面的东西都没了。
去物业问，说是消防检查要求，东西放在仓库，自己去认领。我认领回来一看，雨伞少了一把。
我不是说物业不该管，楼道堆纸箱确实危险，可挂在墙上的小置物篮也要收吗？收之前能不能挨家敲个门？
想问问大家小区是怎么处理的。
""",
    ),
    dict(
        slug="download-shiqi-rules-cistern-blocks-oldtable",
        site="拾柒资料下载 (invented download station, old gb2312 layout)",
        style="资料下载站",
        genre="规程",
        kind="regulation",
        form="html",
        source="http://www.shiqi17.net/soft/24419.html",
        title="公共厕所洁厕块投放作业规程",
        record_title="公共厕所洁厕块投放作业规程（Word文档）免费领取 - 拾柒资料下载",
        date=None,
        notes="download station: file-info table, three mirror links, a dead-link report, an unzip password; 第N条 articles; an update stamp is no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>公共厕所洁厕块投放作业规程（Word文档）免费领取 - 拾柒资料下载</title>
</head><body>
<table width="980" align="center"><tr><td>⟦m 拾柒资料下载 www.shiqi17.net⟧</td><td>⟦m 资料全、下得快、不注册⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 首页 | 文档资料 | 表格模板 | 规章制度 | 排行榜⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：拾柒 → 规章制度 → 环卫保洁⟧</td></tr></table>
<table width="980" align="center" class="info">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 资料大小：28.6 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2025-02-11⟧</td><td>⟦m 下载人气：1173⟧</td></tr>
<tr><td>⟦m 运行环境：WPS/Office⟧</td><td>⟦m 资料评分：★★★★☆⟧</td></tr>
</table>
<table width="980" align="center"><tr><td><b>⟦m 内容预览⟧</b>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>
<p>⟦a 电信高速通道⟧　⟦a 联通备用通道⟧　⟦a 拾柒本地通道⟧</p>
<p>⟦a 链接打不开？点这里告诉站长⟧</p>
<p>⟦m 解压密码：www.shiqi17.net⟧</p>
</td></tr></table>
<table width="980" align="center"><tr><td align="center">⟦d 拾柒所有资料均来自网络，仅供学习交流，下载后请于24小时内删除⟧<br>⟦m Copyright © 2010-2025 拾柒资料下载 桂ICP备10031726号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为规范公共厕所洁厕块投放作业，保障保洁人员安全，制定本规程。
第二条　洁厕块由保洁班组按周领用，领用时核对品名、数量和有效期，并在领用登记表上签字。
第三条　投放前应戴好橡胶手套，打开水箱盖，将一块洁厕块平放入水箱底部，不得掰碎投放。
第四条　水箱内洁厕块完全溶解后方可补放，严禁一次投放多块。
第五条　洁厕块与含氯消毒剂应分柜存放，不得在同一便池内同时使用。
第六条　本规程自发布之日起施行。
""",
    ),
    dict(
        slug="download-wenjianpu-procedure-seat-covers-wps-markers",
        site="文件铺 (invented download station)",
        style="资料下载站",
        genre="规程",
        kind="regulation",
        form="text",
        source="https://www.wenjianpu.net/doc/hotel/20931.html",
        title="酒店客房马桶垫更换及清洗操作规程",
        record_title="酒店客房马桶垫更换及清洗操作规程.wps",
        date=None,
        notes="a .wps preview cut by page markers ⪿n⫀ glued to the continuation with a space; numbered lists; file-name title; an add stamp 三天前 is no date",
        page="""
!m 文件铺 — 海量文档资料免费下载
!m 位置：首页 » 行业文档 » 酒店管理
!m 资料名称：酒店客房马桶垫更换及清洗操作规程.wps
!m 大小：17KB　｜　添加时间：三天前　｜　下载次数：88
!a 下载地址：[文件铺本地下载] [备用下载]
{T}
{BODY}
!a 下载前请先登录文件铺，每天可免费下载2份
!d 资料来源于网络，仅供学习研究，如有侵权请联系文件铺站长删除
!l 相关下载：客房清洁保养作业指导书　｜　布草送洗交接制度
!m 文件铺 wenjianpu.net　琼ICP备17001829号
""",
        pages=dict(fmt="⪿{n}⫀", every=90, start=2, glue=True, sep=" "),
        body="""
为统一客房马桶垫更换及清洗标准，确保住客卫生安全，制定本规程。
一、更换要求
1. 每位住客退房后，必须更换马桶垫，续住客房每日更换一次。
2. 更换时先取下旧垫放入污物袋，再用消毒湿巾擦拭马桶圈，待干燥后铺上新垫。
3. 新垫须平整，四角与马桶圈对齐，不得有褶皱和毛发。
二、清洗要求
1. 撤下的马桶垫须单独装袋送洗，不得与毛巾、床单混洗。
2. 洗涤水温不低于六十度，并按比例加入含氯消毒剂浸泡三十分钟。
3. 洗净后烘干，折叠存放于布草间专用柜内。
三、本规程由客房部负责解释。
""",
    ),
    dict(
        slug="exam-weichuan-fitness-test-waist-warmers",
        site="潍川人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.wcrsks.gov.cn/kwgg/2024/1204/7715.html",
        title="潍川市2024年度辅警招聘体能测评考生须知",
        record_title="〔体测公告〕潍川市2024年度辅警招聘体能测评考生须知 - 潍川人事考试网",
        date="2024-12-03",
        date_also=["2024-12-04"],
        notes="personnel-exam site with a maintenance banner and an admission-ticket float; the committee's own 咨询电话 beside the site's technical line; a sentence telling candidates to download and print 准考证; timetable; 成文日期, page date also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>〔体测公告〕潍川市2024年度辅警招聘体能测评考生须知 - 潍川人事考试网</title>
</head><body>
<div class="notice-bar">⟦d 本网报名系统12月8日凌晨停机升级，升级期间暂停报名与缴费⟧</div>
<div class="head">⟦m 潍川人事考试网⟧ <span>⟦m 潍川市人事考试中心主办⟧</span></div>
<div class="nav">⟦m 首页 · 考试公告 · 成绩查询 · 考生服务 · 政策法规⟧</div>
<div class="loc">⟦m 首页 › 考试公告 › 公安辅警⟧</div>
<div class="article"><h2>{T}</h2>
<div class="meta">⟦m 发布日期：2024-12-04　信息来源：市公安局政治部　阅读：5230⟧</div>
<div class="content">
{BODY}
</div></div>
<div class="float-zkz">⟦a 体测准考证打印入口 »⟧</div>
<div class="footer"><p>⟦m 考试网技术支持电话：0536-8190666（仅限网站使用问题）⟧</p><p>⟦m 潍川市人事考试中心　鲁ICP备07019822号⟧</p></div>
</body></html>
""",
        body="""
潍川市2024年度辅警招聘体能测评定于12月14日至15日在市体育中心田径场进行。因测评正值寒冬，现将有关事项告知如下。
一、考生须于12月10日至13日登录本网站下载并打印准考证，凭准考证和身份证参加测评。
二、测评项目及时间安排如下：
日期　项目　检录时间
12月14日　10米×4往返跑　8:00
12月15日　1000米跑　8:00
三、测评在室外进行，考生应自备保暖衣物，可佩戴暖腰带、护膝进行热身，但正式测试时须摘除发热类护具。
四、考生应提前30分钟到达检录处。
咨询电话：0536-8190327（工作日8:30—17:30）
潍川市公安局政治部
2024年12月3日
""",
    ),
    dict(
        slug="exam-boshan-skill-test-collar-cleaner-timetable",
        site="亳山人社 (invented personnel and skills-test site)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsj.boshan.gov.cn/jnjd/2025/0611/4410.html",
        title="亳山县2025年第二批家政服务员职业技能等级认定实操考核安排",
        record_title="【技能认定·考务】亳山县2025年第二批家政服务员职业技能等级认定实操考核安排_亳山人社",
        date="2025-06-10",
        date_also=["2025-06-11"],
        notes="skills-test notice with its timetable (one row a paragraph), a sentence about downloading and printing 准考证, the centre's own 咨询电话 beside the platform's technical line; 成文日期, page date also accepted",
        page="""
!m 亳山人社 · 人事考试与技能鉴定
!m 首页 ＞ 考试信息 ＞ 技能鉴定
{T}
!m 发布：2025-06-11　来源：鉴定中心　浏览：732
{BODY}
!a ▶ 进入亳山认定考生服务平台
!m 平台技术咨询：0558-6120888（仅限系统使用问题）
!l 上一条：2025年第一批养老护理员认定合格人员名单公示
!m 亳山县人力资源和社会保障局 版权所有
""",
        body="""
2025年第二批家政服务员（四级）职业技能等级认定实操考核将于6月21日举行，现将有关事项公布如下。
一、考核时间与地点
场次　时间　地点
第一场　6月21日8:30—11:30　县职业技能实训中心二楼
第二场　6月21日14:00—17:00　县职业技能实训中心二楼
二、考核内容。实操考核包括衣物洗涤、熨烫和居室保洁三项，其中衣物洗涤项目要求考生使用衣领净处理衬衫领口、袖口污渍。
三、考生须自备围裙、橡胶手套，衣领净、熨斗等由考点统一提供。
四、考生凭身份证和准考证入场，准考证请于6月18日后自行下载打印。
咨询电话：0558-6120315
亳山县职业技能鉴定指导中心
2025年6月10日
""",
    ),
    dict(
        slug="tender-yanhu-inquiry-baskets-lots",
        site="兖湖区公共资源交易网 (invented)",
        style="招投标网",
        genre="采购公告",
        kind="notice",
        form="html",
        source="https://ggzy.yanhu.gov.cn/zfcg/xjgg/20250513/3307.html",
        title="兖湖区社会福利院置物篮及收纳用品询价采购公告",
        record_title="【小额采购】兖湖区社会福利院置物篮及收纳用品询价采购公告_兖湖区公共资源交易网",
        date="2025-05-13",
        notes="tender portal with a countdown, an attachment link, CA and trading-system lines beside the purchaser's and agency's own contacts; lots table; a sentence telling suppliers to download the inquiry file; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【小额采购】兖湖区社会福利院置物篮及收纳用品询价采购公告_兖湖区公共资源交易网</title>
</head><body>
<div class="top">⟦m 兖湖区公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<div class="nav">⟦m 首页　交易公告　政府采购　工程建设　服务指南⟧</div>
<div class="crumb">⟦m 首页 &gt; 政府采购 &gt; 询价公告⟧</div>
<div class="detail"><h3>{T}</h3>
<div class="info">⟦m 发布时间：2025-05-13 15:40　信息来源：兖湖区社会福利院⟧</div>
<div class="count">⟦m 距报价截止还剩 6 天 17 小时⟧</div>
<div class="ewb-article">
{BODY}
</div>
<div class="attach">⟦a 询价文件.zip（点击即可下载）⟧</div></div>
<div class="service"><p>⟦m CA数字证书办理：0543-8000117⟧</p><p>⟦m 交易系统技术支持：400-817-5500⟧</p></div>
<div class="foot">⟦m 兖湖区公共资源交易中心　地址：兖湖区政务中心4楼⟧</div>
</body></html>
""",
        body="""
兖湖区社会福利院拟对置物篮及收纳用品进行询价采购，欢迎符合条件的供应商参加。
一、采购内容
包号　品名　数量　最高限价（元）
1　不锈钢壁挂置物篮　300只　18000
2　塑料带轮置物篮　150只　6000
二、报价截止时间：2025年5月20日9:30。
三、供应商请于报价截止前登录交易网下载询价文件，按要求密封报价。
四、联系方式
采购人：兖湖区社会福利院　联系人：庞淑云　电话：0543-8023316
代理机构：潍川恒正招标咨询有限公司　联系人：陈力　电话：0536-8876152
兖湖区社会福利院
2025年5月13日
""",
    ),
    dict(
        slug="tender-heling-award-cistern-blocks",
        site="菏岭县公共资源交易中心 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://ggzy.heling.gov.cn/jyxx/zfcg/jggg/20250327/1204.html",
        title="菏岭县城市管理局公厕洁厕块采购项目中标结果公告",
        record_date="2025-03-27",
        date="2025-03-27",
        notes="record title and date; bid-result table; purchaser and agency contacts beside the platform's hotline",
        page="""
!m 菏岭县公共资源交易中心
!m 首页 > 交易信息 > 政府采购 > 结果公告
{T}
!m 信息来源：县政府采购中心　发布时间：2025-03-27 16:20　阅读次数：95
{BODY}
!m 菏岭交易平台服务热线：400-628-9917
!a 【打印公告】【关闭页面】
!l 上一条：菏岭县第一中学学生课桌椅采购项目更正公告
!m 技术支持：菏岭县大数据中心
""",
        body="""
一、项目编号：HLZC2025-031
二、项目名称：菏岭县城市管理局公厕洁厕块采购项目
三、中标信息
包号　中标供应商　中标金额（元）
1　淄源清岚日用品有限公司　46800
2　潍川洁衣日化有限公司　21300
四、主要标的：洁厕块（蓝泡型）12000块，悬挂式洁厕球3000只，供货期一年。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：菏岭县城市管理局　联系人：贾宏　电话：0530-5217702
代理机构：菏岭县政府采购中心　联系电话：0530-5210011
""",
    ),
    dict(
        slug="lawfirm-hengxin-case-hotel-seat-cover",
        site="汴溪衡信律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="article",
        form="html",
        source="https://www.hengxinlaw-bx.com/anli/2025/0309/612.html",
        title="入住酒店发现马桶垫未更换，能否要求退房赔偿？",
        record_title="案例小札｜入住酒店发现马桶垫未更换，能否要求退房赔偿？—汴溪衡信律师事务所",
        date=None,
        notes="law firm with a lawyer card, a consult float, a 400 line, a free-consult line between paragraphs and a 本文链接 block; a case note with no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>案例小札｜入住酒店发现马桶垫未更换，能否要求退房赔偿？—汴溪衡信律师事务所</title>
</head><body>
<div class="top">⟦m 汴溪衡信律师事务所⟧ <span>⟦m 衡平守信　以法护民⟧</span> <span>⟦m 全国咨询热线：400-108-6331⟧</span></div>
<div class="nav">⟦m 首页 ｜ 律所简介 ｜ 专业团队 ｜ 案例小札 ｜ 联系我们⟧</div>
<div class="art"><h1>{T}</h1>
<div class="meta">⟦m 作者：衡信律所消费维权团队　阅读：907⟧</div>
<div class="txt">
{BODY}
</div>
<div class="link">⟦m 本文链接：https://www.hengxinlaw-bx.com/anli/2025/0309/612.html⟧</div>
<div class="copy">⟦d 衡信原创文章，转载须注明作者与出处⟧</div></div>
<div class="card">⟦m 主办律师：蒋文博　执业证号：13701201510446⟧</div>
<div class="float">⟦w 在线咨询衡信律师，十分钟内回复⟧</div>
<div class="foot">⟦m 地址：汴溪县府前街108号金融大厦7层　鲁ICP备20011745号⟧</div>
</body></html>
""",
        body="""
【基本案情】游客蔡某入住某酒店，发现卫生间马桶垫上有明显污渍和毛发，要求换房被拒，遂当晚退房，并要求酒店退还房费、赔偿损失。双方协商未果，蔡某诉至法院。
【法院观点】酒店作为经营者，应当保证提供的服务符合保障人身、财产安全的要求。马桶垫属于客房卫生用品，未按规定更换，构成服务瑕疵。
⟦w 遇到消费纠纷？点此免费问衡信律师⟧
法院判决酒店退还房费388元，并赔偿蔡某交通费等损失200元；蔡某主张的精神损害赔偿，因证据不足未予支持。
【律师提示】遇到类似情况，消费者应及时拍照取证，保留入住凭证，并向前台书面提出异议。
""",
    ),
    dict(
        slug="lawfirm-zhengcheng-letter-waist-warmer-claims",
        site="潍川正澄律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.zhengchenglaw.cn/wenshu/2024/1216/88.html",
        title="关于暖腰带产品宣传用语的法律风险提示函",
        date="2024-12-16",
        notes="record title as is; a law firm's risk letter with its 成文日期; a 400 consult line and a repost notice",
        page="""
!m 正澄律师事务所 · 专注消费与电商法律服务
!m 首页 ｜ 律师团队 ｜ 业务领域 ｜ 法律文书
{T}
!m 发布人：正澄律所　浏览量：341
{BODY}
!w 电商合规咨询热线：400-113-6620（24小时）
!d 本文为正澄原创，转载请注明出处。
!l 相关文章：直播带货中“最低价”承诺的法律边界
!m 潍川正澄律师事务所　地址：潍川市东关路66号
""",
        indent="\u3000\u3000",
        body="""
各电商卖家：
近期，我所接受多家暖腰带经营者委托，就产品宣传合规问题提供法律咨询。经梳理，现将主要风险提示如下：
一、普通暖腰带不属于医疗器械，宣传中不得使用“治疗腰椎间盘突出”“理疗”“消炎止痛”等用语，否则可能被认定为虚假宣传。
二、“石墨烯远红外”“负离子”等功能宣传，应有检测报告支持。
三、发热类暖腰带应在详情页明示使用时长和低温烫伤风险。
违反上述规定的，可能面临市场监管部门的行政处罚及消费者的索赔。建议各卖家对照自查，及时修改商品详情页。
潍川正澄律师事务所
2024年12月16日
""",
    ),
]
