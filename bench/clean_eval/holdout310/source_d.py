"""holdout310, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 — each once as HTML and
once as text. Every page, site, place, person, number and URL here is invented; see ../README.md
and ../build.py for the markup."""

CASES = [
    dict(
        slug="localforum-xiuyang-post-broken-changing-table-jammer",
        site="庥阳在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.xiuyangol.com/thread-88213-1-1.html",
        title="新城购物中心三楼的尿布台坏了快一个月，到底有没有人管？",
        record_title=None,
        date=None,
        notes="a county forum: a weather line, medals, a decoration ad with a QQ, jammer fonts inside the post (lines and glued after 。), a forward-to-department link and an official reply; the title only as the thread subject; the post time is 前天, so no date",
        page="""
<html><head><meta charset="gbk"><title>新城购物中心三楼的尿布台坏了快一个月，到底有没有人管？ - 民生直通车 - 庥阳在线论坛</title>
<style>.jammer{display:none}</style></head>
<body>
<div id="toptb">⟦m 庥阳在线 · 庥阳人自己的论坛⟧　⟦m 今日庥阳：多云 14～23℃ 东南风2级⟧</div>
<div id="pt">⟦m 庥阳在线论坛 › 民生直通车 › 帖子详情⟧</div>
<table><tr>
<td class="pls"><p>⟦m 二宝爸爸⟧</p><p>⟦m 勋章：热心网友 庥阳通⟧</p></td>
<td class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 前天 19:26 ｜ 只看该作者 ｜ 查看：4417 ｜ 回复：58⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="zhuanjiao"><a>⟦l 本帖已转交 县市场监管局 处理，查看办理进度⟧</a></div>
<div class="po">⟦a 回复 ｜ 收藏 ｜ 分享到朋友圈 ｜ 举报⟧</div>
</td></tr></table>
<div class="reply"><p>⟦l 官方回复 县市场监管局：已联系商场物业，承诺本周内维修，请网友监督⟧</p>
<p>⟦l 沙发 阿柚：上周我也遇到了，只好去车里换的⟧</p></div>
<div class="ad">⟦w 新房装修找庥城装饰，免费量房QQ 3318826401⟧</div>
<div id="ft">⟦m 庥阳在线论坛 版权所有　皖ICP备12007761号-2⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
周末带孩子去新城购物中心，三楼母婴室里那台尿布台的折叠轴断了，台面耷拉着，只能用胶带缠着，旁边贴了张“暂停使用”的纸条，算起来已经快一个月了。
我问了服务台，说已经报修，配件还没到。可三楼是整个商场唯一有尿布台的地方，二楼、四楼的卫生间都没有，带小孩的家长只能抱着孩子在洗手台上换，或者跑到停车场车里去换。
一台尿布台也就几百块钱，难道一个月都配不到件？商场每天客流那么大，母婴室形同虚设，真的说不过去。
希望商场尽快修好，最好二楼、四楼也各装一台。也想问问有关部门，商场的母婴设施到底归谁管？
""",
    ),
    dict(
        slug="localforum-chaguan-repost-notice-step-stool-lending-junk",
        site="廛溪茶馆 (invented local forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.chanxichaguan.com/t-40917-1.html",
        title="关于社区工具屋新增梯凳免费借用的通知",
        record_title="【邻里转发】关于社区工具屋新增梯凳免费借用的通知（照抄公告栏）- 廛溪茶馆",
        date="2025-05-06",
        date_also=["2025-05-07"],
        notes="a local forum repost in text: anti-scraping junk as a line and glued after 。; the notice's own duty phone beside the property repair line in a reply and the forum's ad; a sentence asking residents to 扫码登记 as content; the notice's date and the forum's 发表于 date differ",
        page="""
!m 廛溪茶馆 » 邻里街坊 » 正文
!t 【邻里转发】关于社区工具屋新增梯凳免费借用的通知（照抄公告栏）
!m 楼主：妤园老陈　发表于 2025-5-7 08:52　只看楼主
!m 转自社区居务公开栏，原样照录：
{BODY}
!l 2楼 小区物业客服：物业报修电话 0763-2217788，梯凳损坏也可以报物业
!l 3楼 哈密瓜：点赞社区，上次借电钻就很方便
!w 茶馆广告位：家电清洗上门服务，微信 cxqingxi88
!m 廛溪茶馆　Powered by 茶馆社区程序
""",
        junk=dict(lines=1, glued=2),
        body="""
各位居民朋友：
为方便居民家中登高作业，减少站在椅子、桌子上取物造成的跌倒事故，社区“邻里工具屋”新增10把带扶手的三步梯凳，即日起向辖区居民免费借用。现将有关事项通知如下。
一、借用时间：每周二至周日9:00—17:00，节假日照常。
二、借用方式：凭身份证或居民卡到社区服务中心一楼工具屋登记，借用时请扫码登记联系方式，每次借用不超过3天。
三、使用提醒：使用前请检查梯凳是否平稳，不要站在最上层踏板上作业；老人、孩子登高时须有人在旁扶护。
四、归还要求：请按时归还，如有损坏请如实告知，社区统一维修。
社区值班电话：0763-2231406。
妤园社区居民委员会
2025年5月6日
""",
    ),
    dict(
        slug="download-lingxi-work-instruction-floor-lamp-gb2312",
        site="灵犀资料下载站 (invented, old gb2312 layout)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="html",
        source="http://www.lingxidown.com/soft/doc/24117.html",
        title="落地灯装配作业指导书",
        record_title="落地灯装配作业指导书.doc",
        date=None,
        notes="an old gb2312 download station: a file-info table, three download links, an unzip password, a dead-link report and a floating ghost-writer ad; the title as a .doc file name; decimal headings 1.1–3.2; no date (the update stamp is none)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>落地灯装配作业指导书.doc - 灵犀资料下载站</title></head>
<body>
<table width="950" align="center"><tr><td>⟦m 灵犀资料下载站⟧　⟦m 企业文档 · 表格模板 · 管理制度⟧</td><td align="right">⟦a 加入收藏 | 设为主页⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 当前位置：首页 → 企业管理 → 作业指导书 → 落地灯装配作业指导书.doc⟧</td></tr></table>
<table width="950" align="center" border="1" cellspacing="0">
<tr><td>⟦m 资料名称：落地灯装配作业指导书⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 文件大小：64 KB⟧</td><td>⟦m 更新时间：2025-02-11⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 下载次数：1572⟧</td></tr>
</table>
<table width="950" align="center"><tr><td>
<h3>{T}</h3>
<b>⟦m 资料简介：⟧</b>
{BODY}
</td></tr></table>
<table width="950" align="center"><tr><td>⟦a 下载地址：电信下载一 ｜ 联通下载二 ｜ 本地高速下载⟧</td></tr>
<tr><td>⟦a 解压密码：www.lingxidown.com⟧</td></tr>
<tr><td>⟦a 下载链接失效？点此报告给管理员⟧</td></tr></table>
<div style="position:absolute;right:5px;top:300px">⟦w 标书、作业文件代写，QQ：2094418873⟧</div>
<table width="950" align="center"><tr><td align="center">⟦d 本站资料均来源于网络，仅供学习研究使用，下载后请于24小时内删除⟧<br>⟦m Copyright 2008-2025 灵犀资料下载站⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
1 目的
1.1 规范LD系列落地灯的装配操作，保证灯具稳定性和电气安全。
2 装配步骤
2.1 底座装配：将配重铁盘放入底座壳体，用4颗M5螺钉紧固，底部贴上4个防滑脚垫。
2.2 灯杆连接：灯杆下段旋入底座螺母，拧紧后装防松垫片；上下段灯杆连接处涂螺纹胶。
2.3 穿线接线：电源线从底座穿线孔穿入，在线孔处装好固定扣，拉扯电源线时接线端子不得受力。
2.4 灯头与灯罩：装上灯头和开关，套装灯罩，检查灯罩与灯泡的距离不小于3厘米。
3 检验要求
3.1 稳定性检验：灯具放在倾斜10度的斜板上，任意方向均不得倾倒。
3.2 电气检验：逐台进行耐压和接地测试，合格后贴合格标签。
""",
    ),
    dict(
        slug="download-xuehai-rules-classroom-chalk-boxes",
        site="学海资料库 (invented download station)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.xuehaizlk.com/zhidu/xuexiao/9034.html",
        title="教室粉笔盒及教具管理制度",
        record_title="教室粉笔盒及教具管理制度【doc原稿·改字即用】_学海资料库",
        date=None,
        notes="a download station in text: file info, three download links and an unzip password; a rule with 第N条 articles; only an effective clause, so no date",
        page="""
!m 学海资料库 —— 学校管理资料一站下载
!m 首页 > 学校制度 > 后勤管理
!t 教室粉笔盒及教具管理制度【doc原稿·改字即用】
!m 大小：28K　格式：doc　更新：2025-01-03　人气：806
{BODY}
!a 【下载地址一】　【下载地址二】　【下载地址三】
!a 压缩包密码：xuehai
!l 相关资料：班级物品管理制度｜多媒体教室使用规定
!d 资料来源于网络共享，若侵犯了您的权利请来函，我们立即撤下
""",
        body="""
第一条　为加强教室教具管理，减少粉笔浪费和粉尘污染，结合我校实际，制定本制度。
第二条　每间教室讲台配备防尘粉笔盒一只、板擦两个、教鞭一根，由总务处统一配发，班主任为本班教具管理责任人。
第三条　粉笔盒应保持盒盖完好，不得将粉笔散放在讲台或黑板槽内。断粉笔统一放入粉笔盒断粉格，每周由值日生交总务处回收。
第四条　各班每周领取粉笔一次，每次白色粉笔不超过两盒、彩色粉笔不超过半盒。
第五条　教具丢失或人为损坏的，由责任人照价赔偿；粉笔盒自然损坏的，以旧换新。
第六条　本制度自下发之日起执行，由学校总务处负责解释。
""",
    ),
    dict(
        slug="exam-chanxi-notice-teacher-interview-rooms",
        site="廛溪人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.cxrsks.cn/kwgl/2025/0423/1609.html",
        title="关于做好2025年上半年中小学教师资格面试考场准备工作的通知",
        record_title="〔面试考务〕关于做好2025年上半年中小学教师资格面试考场准备工作的通知-廛溪人事考试网",
        date="2025-04-22",
        date_also=["2025-04-23"],
        notes="a personnel-exam site: a maintenance banner and an admission-ticket float; an exam timetable one row a paragraph; sentences telling candidates to 下载打印 the admission ticket as content; the exam office's 咨询电话 beside the site's technical line; the 成文日期 and the page's 发布时间 differ",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔面试考务〕关于做好2025年上半年中小学教师资格面试考场准备工作的通知-廛溪人事考试网</title></head>
<body>
<div class="notice-bar">⟦d 系统维护公告：4月26日0:00—6:00暂停报名服务，请考生错峰登录⟧</div>
<div class="hd">⟦m 廛溪人事考试网　廛溪市人事考试院主办⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 考试公告⟧</li><li>⟦m 考务通知⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 证书领取⟧</li></ul>
<div class="pos">⟦m 位置：首页 / 考务通知⟧</div>
<div class="detail">
<h1>{T}</h1>
<p class="info">⟦m 发布时间：2025-04-23　发布人：考务科　浏览：9310⟧</p>
<div class="txt">
{BODY}
</div>
</div>
<div class="float-r"><a>⟦a 准考证打印入口 ›⟧</a></div>
<div class="ft">⟦m 网站技术服务电话：0763-2120877（仅受理网站使用问题）⟧<br>⟦m 廛溪市人事考试院版权所有　浙ICP备10042276号⟧</div>
</body></html>
""",
        body="""
各县（市、区）教育局、各考点：
2025年上半年中小学教师资格考试面试将于5月17日至18日举行。为做好考场准备工作，现将有关事项通知如下。
一、考场设置。各考点每间试讲室配备黑板、防尘粉笔盒（内装白色和彩色粉笔）、板擦和计时器，粉笔盒放在讲台左侧固定位置；每间候考室配备饮用水和备课用纸。
二、时间安排。
日期　上午　下午
5月17日　幼儿园、小学　初中
5月18日　高中、中职　备用
三、考生提示。请各考点提前告知考生：5月12日起登录本网站下载打印准考证，按准考证时间到候考室报到；试讲时使用考点提供的粉笔，不得自带教具。
四、联系方式。市人事考试院考务科咨询电话：0763-2120815。
廛溪市人事考试院
2025年4月22日
""",
    ),
    dict(
        slug="exam-yuanhu-announcement-cleaners-practical-test",
        site="爰湖人才考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.yuanhu.chanxi.gov.cn/gg/2025/0610/771.html",
        title="爰湖区2025年公开招聘环卫保洁员实操考核公告",
        date="2025-06-10",
        notes="a personnel-exam page in text: the record gives the title as is; a schedule table one row a paragraph; a sentence telling candidates to 下载打印 a notice as content; an entry float and a technical line; the 成文日期 under the signature",
        page="""
!m 爰湖人才考试网
!m 当前位置：首页 » 招考公告 » 事业单位
{T}
!m 信息来源：区人力资源和社会保障局　浏览次数：2264
!a 〖分享〗〖打印〗〖关闭〗
{BODY}
!a ▶ 考生服务入口：报名信息查询　│　准考证打印
!m 网站运维：0763-2239901（非考试政策咨询）
""",
        indent="\u3000\u3000",
        body="""
根据《爰湖区2025年公开招聘环卫保洁员简章》，现将实操考核有关事项公告如下：
一、考核对象。资格复审合格的48名考生，名单见本公告附件。
二、考核内容。考核采取现场操作方式，内容为公厕保洁作业，包括便器清洁、马桶刷和拖把等工具的使用与消毒、洗手台及地面清洁，满分100分。
三、考核安排。
组别　考核时间　考核地点
第一组　6月21日上午　区环卫所实训基地
第二组　6月21日下午　区环卫所实训基地
四、注意事项。考生须于6月18日起登录本网站下载打印考核通知书，考核当天携带本人身份证和考核通知书，提前30分钟到场；考核所用工具由考点统一提供。
咨询电话：0763-2239145。
爰湖区人力资源和社会保障局
2025年6月10日
""",
    ),
    dict(
        slug="tender-xiuyang-bid-result-library-step-stools",
        site="庥阳县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.xiuyang.gov.cn/jyxx/zfcg/zbjg/20250321/8801.html",
        title="庥阳县图书馆阅览室梯凳及书架配套设备采购项目中标结果公告",
        record_title="【成交速递】庥阳县图书馆阅览室梯凳及书架配套设备采购项目中标结果公告｜庥阳县公共资源交易网",
        date="2025-03-21",
        notes="a tender portal: a publicity countdown, CA and trading-system help lines beside the purchaser's and agency's own contacts; a bid-lot table one row a paragraph; the closing date under the agency's name",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【成交速递】庥阳县图书馆阅览室梯凳及书架配套设备采购项目中标结果公告｜庥阳县公共资源交易网</title></head>
<body>
<div class="top">⟦m 庥阳县公共资源交易网⟧　⟦a 主体登录 ｜ 注册⟧</div>
<ul class="nav"><li>⟦m 交易信息⟧</li><li>⟦m 政府采购⟧</li><li>⟦m 工程建设⟧</li><li>⟦m 服务指南⟧</li></ul>
<div class="crumb">⟦m 交易信息 > 政府采购 > 中标（成交）结果⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="info">⟦m 信息时间：2025-03-21　阅读次数：318⟧</div>
<div class="countdown">⟦m 公示期倒计时：剩余 1 天 06 时 12 分⟧</div>
<div class="con">
{BODY}
</div>
</div>
<div class="help">⟦m CA证书办理及使用：0763-5190066⟧<br>⟦m 交易系统技术支持：400-183-0763⟧</div>
<div class="ft">⟦m 庥阳县公共资源交易中心 主办　地址：庥阳县政务服务中心四楼⟧</div>
</body></html>
""",
        body="""
一、项目编号：XYZC-2025-0046
二、项目名称：庥阳县图书馆阅览室梯凳及书架配套设备采购项目
三、中标信息
包号　货物名称　中标供应商　中标金额（元）
1　带扶手三步梯凳（40台）　庥阳县木鸣家具有限公司　38600
2　书架防倾倒固定件（600套）　廛溪市恒稳五金制品厂　27300
四、评审专家：聂思远、祁晓禾、宁安澜
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：庥阳县图书馆，联系人：晏小满，电话：0763-5102214
代理机构：庥阳县正衡招标代理有限公司，联系人：蔺思齐，电话：0763-5188760
庥阳县正衡招标代理有限公司
2025年3月21日
""",
    ),
    dict(
        slug="tender-chanxi-rail-inquiry-changing-tables",
        site="廛溪铁路物资采购平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://cg.chanxirail.com/xjgg/2025/0526/3021.html",
        title="廛溪东站母婴室尿布台询价采购公告",
        record_title="［询价］廛溪东站母婴室尿布台询价采购公告 - 廛溪铁路物资采购平台",
        date="2025-05-26",
        notes="a procurement platform in text: an inquiry-items table one row a paragraph; a sentence asking suppliers to 下载 the inquiry file as content; the purchaser's contact beside the platform's CA line; the date under the purchaser's name",
        page="""
!m 廛溪铁路物资采购平台
!m 首页 › 采购公告 › 询价公告
!t ［询价］廛溪东站母婴室尿布台询价采购公告
!m 公告编号：CXDZ-XJ-2025-112　报价截止：剩余 6 天
{BODY}
!a 【我要报价】　【收藏项目】
!m 平台CA办理热线：0763-5530000　报价系统客服：0763-5530066
!d 本平台发布的采购信息以采购人盖章文件为准
""",
        body="""
廛溪东站就母婴室尿布台采购项目进行询价采购，欢迎符合条件的供应商报价。
一、采购内容
序号　名称　数量　主要技术要求
1　落地式尿布台　2台　承重≥30公斤，带护栏和抽屉
2　壁挂式折叠尿布台　3台　承重≥25公斤，带安全束带
二、供应商资格：具有独立法人资格，近三年无重大违法记录。
三、报价方式：请于5月26日起在本平台下载询价文件，于6月3日17时前提交密封报价。
四、联系方式：廛溪东站客运车间，联系人：杨芷汀，电话：0763-5530917。
廛溪东站
2025年5月26日
""",
    ),
    dict(
        slug="lawfirm-hengping-answer-changing-table-collapse",
        site="衡平律师事务所 (invented)",
        style="律所网站",
        genre="法律解答",
        kind="other",
        form="html",
        source="https://www.hengpinglaw.cn/anli/2025/113.html",
        title="商场尿布台坍塌致婴儿受伤，商场要担责吗？",
        record_title="律师拆解丨商场尿布台坍塌致婴儿受伤，商场要担责吗？｜衡平律师事务所",
        date=None,
        notes="a law firm's answer: a lawyer card, a consult float, a 400 line and a repost notice; an answer with no date (the page shows only a view count)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>律师拆解丨商场尿布台坍塌致婴儿受伤，商场要担责吗？｜衡平律师事务所</title></head>
<body>
<div class="hd">⟦m 衡平律师事务所⟧　⟦m 全国免费法律咨询 400-106-7730⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 律所简介⟧</li><li>⟦m 专业领域⟧</li><li>⟦m 律师说案⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="main">
<h1>{T}</h1>
<p class="meta">⟦m 栏目：人身损害　阅读 1873⟧</p>
<div class="art">
{BODY}
</div>
<p class="note">⟦d 转载本文请注明“衡平律师事务所”及作者姓名⟧</p>
</div>
<div class="card">⟦m 文章作者：郁晴川 律师 · 执业12年 · 擅长人身损害纠纷⟧ <a>⟦a 向TA咨询⟧</a></div>
<div class="float">⟦w 在线律师 1对1 解答，点击立即咨询⟧</div>
<div class="ft">⟦m 衡平律师事务所 版权所有　地址：廛溪市翳水大道88号恒泰大厦15楼⟧</div>
</body></html>
""",
        body="""
【案情】宋女士带8个月大的孩子在某商场母婴室换尿布时，壁挂式尿布台突然从墙上脱落，孩子摔到地上，额头缝了4针。商场认为宋女士没有看护好孩子，拒绝赔偿。
【律师解答】商场应当承担赔偿责任。
首先，商场作为公共场所的经营者，负有安全保障义务。尿布台是商场提供给顾客使用的设施，商场应当保证其安装牢固、定期检查维护。尿布台从墙上脱落，说明商场未尽到安全保障义务。
其次，家长在使用时如果没有系安全束带、离开孩子身边，可以适当减轻商场的责任，但不能因此免除商场的责任。
【律师提醒】遇到类似情况，家长应及时拍照、保留就医票据，并要求商场调取监控。
""",
    ),
    dict(
        slug="lawfirm-zhengyi-letter-defective-floor-lamps",
        site="正谊律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.zhengyilawyer.cn/wenshu/lsh/2025/0207.html",
        title="关于贵司销售的落地灯存在安全缺陷的律师函",
        record_title="文书样稿：关于贵司销售的落地灯存在安全缺陷的律师函（当事人信息已隐去）- 正谊律所",
        date="2025-01-20",
        notes="a law firm's sample letter in text: the lawyer's own 联系人/电话 in the letter beside the firm's 400 consult line and a consult prompt; the 成文日期 under the signature",
        page="""
!m 正谊律师事务所 · 文书示例库
!m 首页 ＞ 文书示例 ＞ 律师函
!t 文书样稿：关于贵司销售的落地灯存在安全缺陷的律师函（当事人信息已隐去）
!m 整理：正谊律所民商事部　阅读：540
{BODY}
!w 需要起草律师函？拨打 400-881-6207 或在线留言，律师一个工作日内回电
!l 相关文书：产品质量纠纷起诉状示例｜消费者投诉函示例
!d 以上文书仅为示例，具体案件请咨询执业律师
""",
        indent="\u3000\u3000",
        body="""
××家居用品有限公司：
正谊律师事务所接受××女士（以下简称“委托人”）的委托，指派本律师就贵司销售的落地灯存在安全缺陷一事，向贵司致函如下：
2024年11月，委托人在贵司门店购买落地灯一台。同年12月，该落地灯在正常使用中灯杆与底座连接处断裂，灯头砸落，致委托人手臂烫伤。经市场监管部门抽检，同型号产品稳定性项目不合格。
根据《中华人民共和国产品质量法》《中华人民共和国消费者权益保护法》的规定，贵司作为销售者，应当承担赔偿责任。请贵司于收到本函之日起10日内与本律师联系，协商赔偿事宜。逾期未予回复的，委托人将依法提起诉讼。
联系人：邵其琛律师，电话：0763-6618823。
正谊律师事务所
律师：邵其琛
2025年1月20日
""",
    ),
]
