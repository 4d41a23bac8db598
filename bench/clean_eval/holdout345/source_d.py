"""holdout345, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text throughout (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="localbbs-juchuan-drying-net-dripping-jammer",
        site="鞠川论坛 (invented county forum, Discuz-like)",
        style="地方论坛",
        genre="论坛帖",
        kind="post",
        form="html",
        source="https://bbs.juchuan.net/thread-1180452-1-1.html",
        title="楼上晾衣网天天往下滴水，物业说管不了，这事到底该找谁？",
        record_title=None,
        date=None,
        notes="county forum: no title in the record (the thread subject); weather line, medals, a decoration ad "
        "with a QQ, a forward-to-12345 link, jammer fonts inside the post; no date (发表于 4 天前)",
        junk=dict(lines=1, glued=2),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>鞠川论坛 - 鞠川人自己的网上家园</title>
<style>.jammer{display:none}</style>
</head>
<body>
<div class="jc-top">⟦m 鞠川论坛⟧　⟦m 今日鞠川：多云转小雨 9～16℃⟧　<a>⟦a 登录论坛⟧</a> <a>⟦a 注册⟧</a></div>
<div class="jc-nav">⟦m 鞠川论坛 › 民生话题 › 邻里之间⟧</div>
<div class="jc-post">
<div class="jc-author">⟦m 斟口老街坊⟧<br>⟦m 勋章：热心网友 · 十年老会员⟧<br>⟦m 帖子 1027　积分 4490⟧</div>
<h1>{T}</h1>
<div class="jc-time">⟦m 发表于 4 天前　｜　只看该作者　｜　楼主⟧</div>
<div class="jc-msg">
{BODY}
</div>
<div class="jc-zhuan"><a href="/12345/">⟦a 转交相关部门（12345热线）⟧</a></div>
<div class="jc-op">⟦a 支持 57　反对 3　收藏　分享⟧</div>
</div>
<div class="jc-reply">⟦l 沙发 鞠川小雨：我家也一样，楼上晾被子的时候跟下雨似的⟧</div>
<div class="jc-reply">⟦l 板凳 城东路人：找社区调解试试，比物业管用⟧</div>
<div class="jc-ad">⟦w 旧房翻新、阳台封窗找鞠川安居装饰，QQ 3391026670⟧</div>
<div class="jc-foot">⟦m 鞠川论坛 bbs.juchuan.net　豫ICP备13010647号-1⟧　⟦m 违法不良信息举报：0396-7231 0101⟧</div>
</body>
</html>
""",
        body="""
住在城东一个老小区的三楼，楼上四楼去年在阳台外面装了一张不锈钢晾衣网，伸出来有七八十公分，正好在我家窗户上方。
他家洗完衣服不甩干就往网上一铺，水顺着网格一直往下滴，我家窗台、空调外机天天湿漉漉的，晾在窗外的衣服还被滴上了锈水印子。上周下雨，他家把拖把也搭在网上，黑水直接滴到我家阳台上。
我上去敲过两次门，第一次说会注意，第二次干脆不开门了。找物业，物业说晾衣网是业主自己装的，他们没有执法权，只能帮忙贴个提醒。
想问问大家：这种情况能不能找社区调解？如果协商不成，晾衣网伸出去这么长，算不算违规搭建，能不能让他拆了？
不是想跟邻居闹僵，就是想安安稳稳地开个窗户。
""",
    ),
    dict(
        slug="localbbs-siling-fake-frying-pan-junk",
        site="兕岭生活网 (invented county forum, text)",
        style="地方论坛",
        genre="论坛帖",
        kind="post",
        form="text",
        source="http://bbs.silinglife.com/forum.php?mod=viewthread&tid=552017",
        title="提醒大家：集市上三十块一口的“德国进口”煎锅千万别买",
        record_title="[消费曝光] 提醒大家：集市上三十块一口的“德国进口”煎锅千万别买 - 百姓话题 - 兕岭生活网",
        date=None,
        notes="county forum as text: forum junk as lines and glued after 。; replies and a weather line; no date "
        "(发表于 昨天 19:22)",
        junk=dict(lines=2, glued=3),
        page="""
!m 兕岭生活网 — 兕岭本地生活服务论坛
!m 兕岭天气：晴 3～14℃　空气质量：良
!m 兕岭生活网 » 百姓话题 » 消费曝光
!t [消费曝光] 提醒大家：集市上三十块一口的“德国进口”煎锅千万别买
!m 楼主 爱逛集的老刘　发表于 昨天 19:22　查看 2288 回复 41
{BODY}
!a 打赏楼主　｜　举报　｜　只看楼主
!l 2楼 煲田镇阿芬：我妈也买了一口，回来一刷掉渣
!l 3楼 版主·兕岭小管家：已转县市场监管局消费维权科，请楼主保留好发票和锅
!a 发表回复前请先登录，新用户注册送50积分
!m 兕岭生活网 silinglife.com　客服电话：0377-6680 7700
""",
        body="""
上周六在煲田镇大集上，有个摊子喇叭里一直喊“德国进口不粘煎锅，商场卖三百，今天只要三十”，围了一大圈人，我也跟着买了一口二十八公分的。
回家第一次用就出了问题：煎鸡蛋粘锅，第二次煎豆腐，锅底的涂层直接起了一块皮，刷锅的时候黑色碎屑掉了一水池。仔细一看，锅底标的厂名是外地一个小厂，根本不是什么德国货，说明书上的字也印得歪歪扭扭。
后来问了做厨具生意的亲戚，他说正规的不粘煎锅光涂层成本就不止三十块，这种锅的涂层很可能不合格，用久了涂层碎屑会吃进肚子里。
现在那个摊子已经找不到了。发这个帖子就是提醒大家，集市上这种喊得响、价格低得离谱的煎锅别贪便宜，买锅还是去正规商店，记得要发票。
""",
    ),
    dict(
        slug="download-diangui-cake-knife-rules-gb2312",
        site="店规下载站 (invented download station, old gb2312 tables)",
        style="资料下载站",
        genre="规定/制度",
        kind="rules",
        form="html",
        source="http://www.dianguixz.com/soft/zhidu/20417.html",
        title="烘焙门店蛋糕刀具安全管理制度",
        record_title="烘焙门店蛋糕刀具安全管理制度（可编辑doc）直接下载 - 店规下载站",
        date=None,
        notes="download station: a file-info table, three mirror links, an unzip password, a dead-link report and a "
        "floating ad; rules with 第N条 articles and only an effective clause; an 更新 stamp is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>烘焙门店蛋糕刀具安全管理制度（可编辑doc）直接下载 - 店规下载站</title>
<script language="javascript" src="/js/dg_ad.js"></script>
</head>
<body>
<table width="980" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td>⟦m 店规下载站 — 门店管理制度、表格模板免费下载⟧</td><td align="right">⟦m <a href="/">下载首页</a> | <a href="/zhidu/">管理制度</a> | <a href="/biaoge/">表格模板</a>⟧</td></tr>
</table>
<table width="980" align="center" border="0" cellspacing="0" cellpadding="4">
<tr><td>⟦m 您的位置：店规下载站 >> 管理制度 >> 餐饮烘焙⟧</td></tr>
</table>
<table width="980" align="center" border="1" bordercolor="#cccccc" cellspacing="0" cellpadding="4">
<tr><td colspan="4" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 文件大小：26 KB⟧</td><td>⟦m 文件格式：.doc⟧</td><td>⟦m 授权方式：免费⟧</td><td>⟦m 更新：3 周前⟧</td></tr>
<tr><td>⟦m 下载次数：1503⟧</td><td>⟦m 推荐等级：★★★★☆⟧</td><td colspan="2">⟦m 运行环境：WPS / Office⟧</td></tr>
<tr><td colspan="4">
{BODY}
</td></tr>
<tr><td colspan="4">⟦a 下载地址：[电信下载一]　[联通下载二]　[备用下载三]⟧</td></tr>
<tr><td colspan="4">⟦a 解压密码：www.dianguixz.com⟧</td></tr>
<tr><td colspan="4">⟦a 下载链接失效了？点此向管理员报告⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>⟦l 同类资源：蛋糕房卫生管理制度　裱花间操作规程　门店刀具领用登记表⟧</td></tr></table>
<table width="980" align="center"><tr><td align="center">⟦d 本站资源均搜集自互联网，仅供学习研究，下载后请于24小时内删除。⟧<br>⟦m 店规下载站 dianguixz.com　粤ICP备16050913号⟧</td></tr></table>
<div id="dgfloat">⟦w 门店制度定制编写，微信：dgxz_8899⟧</div>
<script>dg_float("dgfloat");</script>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　为规范门店蛋糕刀具的使用和保管，防止割伤事故，保障食品安全，制定本制度。
第二条　本制度所称蛋糕刀具，包括锯齿蛋糕刀、平刃分切刀、抹刀以及随蛋糕赠送顾客的一次性蛋糕刀。
第三条　门店刀具实行定点存放、专人保管。锯齿蛋糕刀和平刃分切刀使用后应立即清洗、擦干，插入刀具架，不得放在操作台边缘、水池内或与其他器具混放。
第四条　分切蛋糕胚时应佩戴防割手套，扶蛋糕的手与刀刃保持一拳以上距离；刀具掉落时不得伸手去接。
第五条　刀具每日营业结束后用消毒液浸泡消毒，刃口出现卷刃、缺口的应停止使用，交店长登记报废。
第六条　一次性蛋糕刀应独立包装存放，随蛋糕交付顾客时放入蛋糕盒内，不得散装递送。
第七条　违反本制度造成人员受伤或食品安全事故的，视情节对责任人予以通报批评或经济处罚。
第八条　本制度自发布之日起施行。
""",
    ),
    dict(
        slug="download-biaowen-food-jar-work-instruction-wps",
        site="标文下载站 (invented download station, text)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://www.biaowenxz.cn/down/qc/88105.html",
        title="焖烧杯保温效能检验作业指导书",
        record_title="焖烧杯保温效能检验作业指导书（QI-MS-06）.wps",
        date=None,
        notes="file name as the record title; decimal headings 1–5.2; a work instruction with no date; an upload "
        "stamp and a 版本 line are no dates; mirror links and a dead-link line at the bottom",
        page="""
!m 标文下载站 biaowenxz.cn — 质量文件/作业指导书/检验规程
!m 位置：首页 » 质量管理 » 检验规程
!t 焖烧杯保温效能检验作业指导书（QI-MS-06）.wps
!m 格式：WPS　大小：57KB　上传：上周　下载：312次
{BODY}
!a 本地下载　｜　高速下载（需安装下载器）　｜　网盘下载
!a 无法下载或文件损坏？点这里反馈
!l 相关下载：保温杯真空度检测规程　不锈钢餐具出厂检验标准
!d 资源均来自网友分享，仅供参考，如侵犯您的权益请联系 kefu@biaowenxz.cn 删除。
""",
        body="""
1　目的
规范焖烧杯成品保温效能的检验方法，确保出厂产品保温性能符合企业标准。
2　适用范围
适用于本公司生产的500毫升至1000毫升不锈钢真空焖烧杯成品检验。
3　检验设备
3.1恒温水浴锅一台，控温精度±1℃。
3.2数显温度计一支，分度值0.1℃。
3.3计时器一只。
4　检验步骤
4.1将样品在室温20℃±5℃环境中放置两小时以上。
4.2向样品内注满96℃以上热水，静置预热三十秒后倒掉，再次注满96℃以上热水，盖紧杯盖。
4.3静置六小时后打开杯盖，立即测量水温并记录。
5　判定与记录
5.1六小时后水温不低于70℃的判为合格，低于70℃的判为不合格，并追溯同批次产品。
5.2检验结果填入《焖烧杯保温效能检验记录表》，由检验员签字后交品质部存档。
""",
    ),
    dict(
        slug="exam-dongpu-pastry-test-cake-knives",
        site="董浦市人事考试与职业技能鉴定网 (invented personnel-exam site)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.dprsks.cn/jnjd/tzgg/2025/0407/2118.html",
        title="关于2025年上半年西式面点师职业技能等级认定实操考核统一配发蛋糕刀具的通知",
        record_title="〔技能鉴定·考务〕关于2025年上半年西式面点师职业技能等级认定实操考核统一配发蛋糕刀具的通知_董浦市人事考试与职业技能鉴定网",
        date="2025-04-03",
        date_also=["2025-04-07"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float; a timetable; sentences about "
        "downloading and printing the 准考证 as content; the exam centre's 咨询电话 beside the site's technical line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔技能鉴定·考务〕关于2025年上半年西式面点师职业技能等级认定实操考核统一配发蛋糕刀具的通知_董浦市人事考试与职业技能鉴定网</title>
<script src="/js/rsks.js"></script>
</head>
<body>
<div class="ks-banner">⟦d 系统维护公告：4月12日22:00至次日6:00报名系统暂停服务，请错峰操作⟧</div>
<div class="ks-top">⟦m 董浦市人事考试与职业技能鉴定网⟧</div>
<div class="ks-nav">⟦m 首页　考试动态　技能鉴定　成绩查询　证书查验⟧</div>
<div class="ks-loc">⟦m 当前位置：首页 > 技能鉴定 > 通知公告⟧</div>
<div class="ks-art">
<h2>{T}</h2>
<div class="ks-meta">⟦m 发布日期：2025-04-07　信息来源：鉴定考务科　浏览次数：3318⟧</div>
<div class="ks-body">
{BODY}
</div>
<div class="ks-tool">⟦a 【大字】【小字】【打印正文】⟧</div>
</div>
<div class="ks-float"><a href="/zkz/">⟦a 准考证打印入口⟧</a></div>
<div class="ks-foot"><p>⟦m 网站运维（技术问题）：0379-6329 7701⟧</p><p>⟦m 董浦市人事考试中心 版权所有　豫ICP备14026071号-2⟧</p></div>
</body>
</html>
""",
        body="""
各考生：
2025年上半年西式面点师（四级、三级）职业技能等级认定实操考核定于4月26日至27日举行。为统一考核条件、保障考场安全，本次实操考核所用蛋糕刀具由考点统一配发，现将有关事项通知如下。
一、考核安排
级别　日期　时间　考点
四级　4月26日　8:30—11:30　董浦市技师学院烘焙实训楼
三级　4月27日　8:30—12:00　董浦市技师学院烘焙实训楼
二、配发刀具。考点为每名考生配发锯齿蛋糕刀、平刃抹刀、分切刀各一把，考前由考评员逐一检查刃口，考后当场收回。考生不得自带任何刀具进入考场，自带的裱花嘴、转台等非刀具工具可以使用。
三、安全要求。考生应穿戴工作服、工作帽和防割手套，刀具不使用时须平放于刀具垫上，刃口朝内。
四、准考证。考生请于4月20日起登录本网下载并自行打印准考证，凭准考证和身份证参加考核。
考务咨询电话：0379-6329 7716（工作日8:30—17:00）。
董浦市职业技能鉴定指导中心
2025年4月3日
""",
    ),
    dict(
        slug="exam-mangxi-lab-test-stirring-rods",
        site="芒溪县人事考试信息网 (invented personnel-exam site, text)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.mangxi.gov.cn/sydw/2024/0612/941.html",
        title="关于芒溪县2024年事业单位公开招聘化学检验员岗位技能测试统一提供搅拌棒等器材的公告",
        record_title="关于芒溪县2024年事业单位公开招聘化学检验员岗位技能测试统一提供搅拌棒等器材的公告 - 事业单位招聘 - 芒溪县人事考试信息网",
        date="2024-06-12",
        notes="exam site as text: a 登录/注册 row, a news ticker; the 发布时间 byline and the 成文日期 are the same day; "
        "a sentence about printing the 准考证 as content; a follow line between paragraphs",
        page="""
!m 芒溪县人事考试信息网
!a 考生登录　｜　注册　｜　找回密码
!m 滚动：芒溪县2024年事业单位公开招聘笔试成绩已公布，请考生及时查询
!m 首页 > 事业单位招聘 > 公告通知
{T}
!m 发布时间：2024-06-12 16:05　来源：县人事考试中心
{BODY}
!l 【上一篇】芒溪县2024年事业单位公开招聘进入技能测试人员名单
!l 【下一篇】关于领取体检通知书的公告
!m 芒溪县人事考试中心　技术支持：0398-5716 3300
""",
        indent="\u3000\u3000",
        body="""
根据《芒溪县2024年事业单位公开招聘工作人员公告》，县农产品质量检测中心化学检验员岗位需进行技能测试。为保证测试公平，测试所用搅拌棒等器材由考点统一提供，现将有关事项公告如下。
一、测试内容。考生按要求配制一定浓度的氯化钠溶液并完成过滤操作，考评员重点考察称量、溶解时搅拌棒的使用、过滤操作规范等。
二、统一提供的器材。考点为每名考生提供玻璃搅拌棒两支、烧杯两只、漏斗一个及滤纸、量筒等，考生不得自带实验器材。搅拌棒端头均已烧圆，考生使用前应检查有无缺口，发现破损可当场申请更换，不影响测试计时。
⟦a 关注“芒溪人事考试”微信号，第一时间获取考试通知⟧
三、测试时间和地点。6月22日上午8:30，县农产品质量检测中心二楼实验室。考生请提前打印技能测试通知单，携带身份证参加测试。
芒溪县人力资源和社会保障局
2024年6月12日
""",
    ),
    dict(
        slug="tender-juchuan-canteen-frying-pans-result",
        site="鞠川县公共资源交易平台 (invented tender portal)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.juchuan.gov.cn/jyxx/zfcg/zbgg/20240823/3017.html",
        title="鞠川县中小学食堂炊具（煎锅等）采购项目中标结果公告",
        record_title="【采购成交】鞠川县中小学食堂炊具（煎锅等）采购项目中标结果公告_鞠川县公共资源交易平台",
        date="2024-08-23",
        notes="tender portal: a publicity countdown, CA and trading-system lines beside the purchaser's and agency's "
        "own contacts; a lots table; the date under the agency's signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【采购成交】鞠川县中小学食堂炊具（煎锅等）采购项目中标结果公告_鞠川县公共资源交易平台</title>
<script src="/static/ggzy/main.js"></script>
</head>
<body>
<div class="gz-top">⟦m 鞠川县公共资源交易平台⟧　⟦a 主体注册⟧　⟦a CA证书办理⟧</div>
<div class="gz-nav">⟦m 交易信息　政策法规　办事指南　诚信管理⟧</div>
<div class="gz-loc">⟦m 交易信息 ＞ 政府采购 ＞ 中标（成交）结果⟧</div>
<div class="gz-art">
<h1>{T}</h1>
<div class="gz-meta">⟦m 信息时间：2024-08-23　阅读次数：402⟧</div>
<div class="gz-count">⟦m 公示期剩余：6天 22小时⟧</div>
<div class="gz-body">
{BODY}
</div>
<div class="gz-att">⟦a 附件：中标结果公告.pdf（下载）⟧</div>
</div>
<div class="gz-foot"><p>⟦m CA证书办理及驱动安装咨询：0396-7128 5560⟧</p><p>⟦m 电子交易系统服务热线：400-860-2317⟧</p><p>⟦m 主办：鞠川县公共资源交易中心⟧</p></div>
</body>
</html>
""",
        body="""
一、项目编号：JCZC-2024-0712
二、项目名称：鞠川县中小学食堂炊具（煎锅等）采购项目
三、中标信息
包号　采购内容　中标供应商　中标金额（元）
1　商用不锈钢煎锅（40cm）及锅铲　董浦锅具有限公司　186400.00
2　电热煎饼锅及平底煎锅　鞠川县恒昌厨房设备商行　97250.00
3　炊具架及配套挂钩　芒溪县利民五金经营部　31800.00
四、主要标的信息。第1包商用不锈钢煎锅共计212口，供应36所中小学食堂；第2包电热煎饼锅18台、平底煎锅96口。
五、评审专家名单：宫立青、梅晓冬、尤志航（组长）、庞秀云、韩德厚。
六、公告期限：自本公告发布之日起1个工作日。
七、联系方式
采购人：鞠川县教育局　联系人：卢思远　电话：0396-7120 3387
代理机构：鞠川县正衡招标代理有限公司　联系人：薛婉　电话：0396-7136 6291
鞠川县正衡招标代理有限公司
2024年8月23日
""",
    ),
    dict(
        slug="tender-yaohu-inquiry-food-jars-sanitation",
        site="耀湖区政府采购网 (invented tender portal, text)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.yaohu.gov.cn/xjgg/20241105/7752.html",
        title="斯园街道办事处环卫工人冬季慰问品（焖烧杯）询价采购公告",
        record_date="2024-11-05",
        date="2024-11-05",
        notes="tender text with the date and title in the record; an items table; sentences about downloading the "
        "inquiry file and scanning the quote as content; the buyer's contact beside the platform's CA line",
        page="""
!m 耀湖区政府采购网
!m 首页 › 采购公告 › 询价公告
{T}
!m 发布时间：2024-11-05　项目编号：YHCG-XJ-2024-118
!a 【我要报价】　【收藏项目】　【打印公告】
{BODY}
!m CA数字证书服务：0379-6280 1919　系统操作咨询：0379-6280 1920
!d 本网站公告信息仅供参考，以采购人发布的纸质文件为准。
!m 耀湖区财政局主办　豫ICP备17015532号
""",
        body="""
一、项目概况。斯园街道办事处拟为辖区环卫工人采购冬季慰问品焖烧杯一批，采用询价方式，欢迎符合条件的供应商参加报价。
二、采购需求
品名　规格　数量　最高限价
不锈钢焖烧杯　1000毫升，带提手和汤勺　160个　每个85元
焖烧杯收纳袋　加厚保温款　160个　每个15元
三、供应商资格。具有独立承担民事责任的能力，所供焖烧杯须提供近一年内第三方检测机构出具的保温效能检测报告。
四、报价方式。供应商请登录本网下载询价文件，按要求填写报价单并加盖公章，扫描后于11月12日17:00前发送至采购人邮箱。
五、联系方式。采购人：斯园街道办事处　联系人：魏楚楚　电话：0379-6255 7310　邮箱：syjd_cg@126.com
""",
    ),
    dict(
        slug="lawfirm-mingheng-case-cake-knife-child",
        site="明衡律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="案例评析",
        kind="article",
        form="html",
        source="https://www.minghenglaw.cn/anli/xfqy/2025/618.html",
        title="孩子被蛋糕店赠送的塑料蛋糕刀划伤，商家要不要赔？",
        record_title="说法笔记 ▸ 孩子被蛋糕店赠送的塑料蛋糕刀划伤，商家要不要赔？—明衡律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line, a repost notice; a case note with no date "
        "(a 更新 stamp only); a lawyer-consult line glued after a sentence",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>说法笔记 ▸ 孩子被蛋糕店赠送的塑料蛋糕刀划伤，商家要不要赔？—明衡律师事务所</title>
<script src="/assets/law.js"></script>
</head>
<body>
<div class="lf-top">⟦m 明衡律师事务所⟧　⟦m 以法为衡　以信为本⟧　⟦m 全国咨询热线：400-661-7238⟧</div>
<div class="lf-nav">⟦m 律所简介　专业领域　律师团队　说法笔记　联系我们⟧</div>
<div class="lf-loc">⟦m 首页 / 说法笔记 / 消费维权⟧</div>
<div class="lf-art">
<h1>{T}</h1>
<div class="lf-meta">⟦m 更新于 2 周前　作者：明衡律师事务所消费者权益团队⟧</div>
<div class="lf-body">
{BODY}
</div>
<div class="lf-link"><p>⟦t 孩子被蛋糕店赠送的塑料蛋糕刀划伤，商家要不要赔？⟧</p><p>⟦m 原文链接：https://www.minghenglaw.cn/anli/xfqy/2025/618.html⟧</p></div>
<div class="lf-copy">⟦d 本文为明衡原创，转载须注明出处及作者，并不得删改内容。⟧</div>
</div>
<div class="lf-card"><p>⟦l 撰稿律师：谭以宁　执业证号 14109202110736521⟧</p><p>⟦l 擅长：消费维权、侵权责任、合同纠纷⟧</p></div>
<div class="lf-float">⟦w 在线律师免费解答，点击立即咨询⟧</div>
<div class="lf-foot">⟦m 明衡律师事务所　地址：董浦市耀湖区中州大道216号金泰大厦9层⟧</div>
</body>
</html>
""",
        body="""
【基本案情】某日，家长陈女士在一家蛋糕店为孩子购买生日蛋糕，店员随蛋糕附赠一把塑料蛋糕刀。孩子切蛋糕时，刀身突然从中间断裂，断口划伤孩子右手掌，缝合三针。陈女士要求蛋糕店赔偿医疗费等损失，蛋糕店认为刀是免费赠送的，且孩子使用不当，拒绝赔偿。
【律师分析】第一，赠品也是商品交易的一部分。蛋糕刀随蛋糕一并交付，其费用实际已包含在蛋糕价格中，经营者对赠品同样负有保障安全的义务，不能以“免费赠送”为由免责。
第二，产品存在缺陷的，经营者应承担赔偿责任。正常切蛋糕时刀身断裂并形成锋利断口，说明该蛋糕刀可能存在质量缺陷。蛋糕店作为销售者，应先行赔偿，之后可以向生产者追偿。⟦w 类似纠纷可预约明衡律师一对一咨询。⟧
第三，监护人的过错可以减轻商家责任。如果孩子年龄较小、家长未在旁看护，法院可能酌情认定家长承担一定比例的责任。
【律师提示】商家应选用质量合格的蛋糕刀，并在包装上提示“儿童须在成人看护下使用”；消费者受伤后应保留好蛋糕刀、小票和就诊记录，以便维权。
""",
    ),
    dict(
        slug="lawfirm-hengping-letter-drying-net-design",
        site="衡平知产律师事务所 (invented law-firm site, text)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.hengpingip.com/wenshu/2024/0918/77.html",
        title="关于贵司销售的折叠晾衣网涉嫌侵犯外观设计专利权的律师函",
        record_title="【函件示范】关于贵司销售的折叠晾衣网涉嫌侵犯外观设计专利权的律师函 - 衡平知产律师事务所",
        date="2024-09-18",
        notes="law firm text: a published lawyer's letter with the date under the signature; a consult line and a "
        "400 line at the bottom; an 'open in app' prompt between paragraphs",
        page="""
!m 衡平知产律师事务所　专注专利·商标·著作权
!m 首页 > 函件示范 > 律师函
{T}
!m 发布：衡平知产　阅读 673
{BODY}
!l 相关文书：商标侵权警告函（网店版）　著作权侵权律师函
!w 遇到知识产权纠纷？拨打400-018-6625，或留言预约律师
!d 本站公开文书已隐去当事人信息，仅供参考，不构成法律意见。
!m 衡平知产律师事务所 hengpingip.com
""",
        indent="\u3000\u3000",
        body="""
芒溪县某日用品商行：
衡平知产律师事务所接受董浦市暖卓家居用品有限公司（以下简称“委托人”）的委托，指派本所律师就贵司销售折叠晾衣网涉嫌侵犯委托人外观设计专利权一事，致函如下：
委托人系“折叠式平铺晾衣网（圆形三层）”外观设计专利的专利权人，该专利合法有效。经委托人调查，贵司在网店及实体门店销售的一款三层圆形折叠晾衣网，其网面分层、支撑圈形状及挂钩设计与上述专利高度近似，普通消费者难以区分。
⟦a 在律所APP内打开，查看本函引用的专利图片⟧
贵司未经许可，为经营目的销售上述产品，涉嫌侵犯委托人的外观设计专利权。为此，本所律师郑重要求贵司：自收到本函之日起七日内停止销售上述晾衣网，下架相关商品链接，并与本所联系协商处理事宜。
如贵司逾期置之不理，委托人将依法通过诉讼途径维护自身合法权益。
本函联系人：胡嘉木律师，电话：0379-6209 8817。
衡平知产律师事务所
律师：胡嘉木
二〇二四年九月十八日
""",
    ),
]
