"""holdout250, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Every page, place, person, firm, site, URL and number here is invented; see ../README.md
and ../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="localforum-html-lantern-lion-parade-subject",
        site="洎阳在线论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.jiyangzx.example.cn/thread-318207-1-1.html",
        title="元宵节舞狮巡游路线出来了，沿街商户和看热闹的注意这几点",
        record_title=None,
        date=None,
        notes=(
            "county forum, no title in the record: the thread subject is the title; jammer fonts inside the post; "
            "a weather line, medals, a decoration ad and a forward-to-official link; posted '昨天', so no date"
        ),
        page="""
<html><head><meta charset="utf-8"><title>洎阳在线论坛 - 洎阳人的网上家园</title>
<script src="/static/js/forum.js?v=20250210"></script><style>.jammer{display:none}</style></head><body>
<div class="tq">⟦m 洎阳　今天 小雨转阴　2～9℃⟧</div>
<div class="hd">⟦m 洎阳在线论坛⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="pt">⟦m 洎阳在线 › 洎阳茶馆 › 帖子⟧</div>
<div class="ad">⟦w 过年前装修找洎阳匠心家装，报名电话 13707361188⟧</div>
<div class="postauthor">⟦m 城西老舒⟧<br>⟦m 勋章：热心网友　洎阳通⟧</div>
<div class="postcontent">
<h2 id="thread_subject">{T}</h2>
<div class="authi">⟦m 发表于 昨天 20:16　|　只看楼主⟧</div>
<div class="t_f">
{BODY}
</div></div>
<div class="zj">⟦a 转给镇政府回复⟧</div>
<div class="pls">⟦l 沙发　小满：去年在老街口挤得动都动不了，今年记得早点去占位⟧</div>
<div class="pls">⟦l 板凳　洎阳镇政府（官方）：感谢提醒，已转镇文化站和派出所⟧</div>
<div class="ft">⟦m 洎阳在线论坛　湘ICP备15002741号-1　违法和不良信息举报：0736-57120011⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
刚从镇文化站看到通知，元宵节晚上7点，镇上三支狮队从洎阳桥出发，经老街、新华路，到文化广场结束，全程大约两个小时。
我家就在老街开店，去年狮队经过的时候人挤人，有个小孩差点被挤倒。给大家提几点：
1.沿街商户把门口的货架、电动车往里收一收，留出通道。
2.带小孩的别站在最前面，狮头转身的时候狮尾甩得很开。
3.放鞭炮迎狮子的，一定离狮队五米以外，狮头是纸糊的，沾上火星就着。
大家高高兴兴看舞狮，平平安安过元宵。
""",
    ),
    dict(
        slug="localforum-text-yangge-team-recruits-junk",
        site="苒溪同城网论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.ranxitc.example.com/t/77412",
        title="芾棠社区秧歌队招新啦，扇子和服装队里发",
        record_title="[邻里招募] 芾棠社区秧歌队招新啦，扇子和服装队里发 - 同城活动 - 苒溪同城网",
        date=None,
        notes="county forum as text with junk lines and glued junk; the post's own contact stays; posted '1 小时前', so no date",
        page="""
!m 苒溪同城网 › 同城活动 › 帖子详情
!t [邻里招募] 芾棠社区秧歌队招新啦，扇子和服装队里发 - 同城活动 - 苒溪同城网
!m 楼主 扇子花　发表于 1 小时前　　查看 233
{BODY}
!l 1楼　老街坊：我妈想去，六十八了还收不？
!l 2楼　扇子花：收的，七十多的都有
!a 回复本帖需要先登录　登录　注册
!m 苒溪同城网　手机版　｜　蜀ICP备19022317号
""",
        junk=dict(lines=2, glued=1),
        body="""
我们芾棠社区秧歌队成立六年了，现在有队员二十多人，每天晚上七点在社区小广场排练，逢年过节还去镇上演出。
现在队里想扩大队伍，欢迎喜欢秧歌的邻居们加入，男女不限，年龄不限，零基础也可以，有老队员一对一教。秧歌扇、腰绸和演出服装都由社区统一配发，不用自己花钱。
想参加的直接晚上来小广场找我，也可以打队长电话13982270415报名。
""",
    ),
    dict(
        slug="download-html-fair-scale-pan-cleaning-rules-gb2312",
        site="衡友资料下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.hengyou-down.example.com/soft/gz/2207.html",
        title="农贸市场公平秤秤盘清洁检查规程",
        record_title="农贸市场公平秤秤盘清洁检查规程 （DOC）绿色免费版 - 衡友资料下载站",
        date=None,
        notes=(
            "old gb2312 download station: a file-info table, three mirror links, an unzip password and a dead-link "
            "report; rules whose articles speak of 扫码 and 打印 as content; an effective clause only, so no date"
        ),
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>农贸市场公平秤秤盘清洁检查规程 （DOC）绿色免费版 - 衡友资料下载站</title>
<script src="/js/down.js"></script></head><body>
<table width="980" align="center"><tr><td>⟦m 衡友资料下载站⟧　⟦m 计量衡器资料一站下齐⟧</td></tr>
<tr><td>⟦m 首页 | 规程标准 | 检定记录 | 培训课件 | 行业文件⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：36 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：4 天前⟧</td><td>⟦m 下载次数：1306⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 电信下载一　联通下载二　本地高速下载⟧</td></tr>
<tr><td colspan="2">⟦a 压缩包解压密码：www.hengyou-down.example.com⟧</td></tr>
<tr><td colspan="2">⟦a 下载地址失效？点这里告诉站长⟧</td></tr></table>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料来源于网络收集，仅供学习研究，请下载后24小时内删除。⟧<br>⟦m Copyright 2008-2025 衡友资料下载站　冀ICP备09015521号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　为保证农贸市场公平秤计量准确，方便群众复秤，制定本规程。
第二条　公平秤由市场管理处指定专人值守，每天开市前检查一次，收市后清洁一次。
第三条　开市前检查：取下秤盘，查看盘底有无吸附物、粘贴物，查看秤盘与秤体编号是否一致；放回秤盘后空秤应显示零。
第四条　收市后清洁：秤盘用清水和中性洗涤剂擦洗，擦干后放回，严禁用钢丝球刷洗秤盘表面。
第五条　群众复秤时可扫描公平秤旁的二维码登记复秤结果，市场管理处每月打印复秤记录存档。
第六条　本规程自印发之日起施行。
""",
    ),
    dict(
        slug="download-text-voucher-rules-invoice-clips-markers",
        site="财会文库下载站 (invented, text)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.caikuai-xz.example.net/down/zd/5519.html",
        title="浯田镇财政所报销凭证整理与归档制度",
        record_title="浯田镇财政所报销凭证整理与归档制度.doc",
        date="2023-12-18",
        notes=(
            "file-name record title; a download page as text; page markers ⏔ n ⏕ cut sentences, glued to the "
            "continuation with a space or on lines of their own; articles speak of 打印 and 扫码 as content; date "
            "under the signature"
        ),
        page="""
!m 财会文库下载站 → 制度范本 → 财务管理
!m 文件名：浯田镇财政所报销凭证整理与归档制度.doc
!m 大小：41KB　　语言：简体中文　　授权：免费　　更新：前天
!a 【立即下载】　【收藏】　【报错】
{BODY}
!a 下载说明：请使用WPS或Office 2010以上版本打开
!l 相关下载：会计档案管理办法.doc　　差旅费报销制度.doc
""",
        pages=dict(fmt="⏔ {n} ⏕", every=80, start=2, glue="mix", sep=" "),
        body="""
第一条　为规范报销凭证的整理和归档，保证会计资料完整，结合本所实际，制定本制度。
第二条　报销人应在网上报销系统中填写报销单，打印后连同原始单据交财政所审核。
第三条　原始发票按开票日期顺序排列，用发票夹夹在报销单后面，未经审核不得粘贴、装订。
第四条　审核通过的凭证，由会计在每月5日前装订成册，封面注明月份、册数和起止编号。
第五条　电子发票须打印纸质件，并在系统中扫码查验真伪，查验结果随凭证一同归档。
第六条　本制度自2024年1月1日起施行。
浯田镇财政所
2023年12月18日
""",
    ),
    dict(
        slug="exam-html-culture-centre-dance-test-yangge-fans",
        site="苒溪人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.ranxirsks.example.cn/ksdt/2024/0605/3308.html",
        title="苒溪县文化馆2024年公开招聘舞蹈辅导员专业技能测试有关事项的通知",
        record_title="【技能测试】苒溪县文化馆2024年公开招聘舞蹈辅导员专业技能测试有关事项的通知 - 苒溪人事考试网",
        date="2024-06-04",
        date_also=["2024-06-05"],
        notes=(
            "exam site with a maintenance banner, an admission-ticket float and a technical line; a timetable "
            "one row a paragraph; the exam office's 咨询电话 and 附件 list stay; sentences telling candidates to "
            "download and print the ticket; the notice's date, the page's date also accepted"
        ),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【技能测试】苒溪县文化馆2024年公开招聘舞蹈辅导员专业技能测试有关事项的通知 - 苒溪人事考试网</title>
<script src="/js/rsks.js"></script></head><body>
<div class="notice-bar">⟦d 系统升级提示：6月8日22:00至24:00报名系统暂停访问⟧</div>
<div class="head">⟦m 苒溪人事考试网⟧　⟦m 苒溪县人事考试中心⟧</div>
<div class="nav">⟦m 首页　考试动态　报名入口　成绩查询　政策法规⟧</div>
<div class="loc">⟦m 位置：首页 ＞ 考试动态 ＞ 事业单位招聘⟧</div>
<h1>{T}</h1>
<div class="pub">⟦m 发布日期：2024-06-05　来源：县人事考试中心　阅读次数：2731⟧</div>
<div class="article">
{BODY}
</div>
<div class="float-zkz">⟦a 准考证打印入口⟧</div>
<div class="foot">⟦m 网站技术支持：0817-68810233（仅限系统问题）⟧<br>⟦m 苒溪县人事考试中心　蜀ICP备14006219号⟧</div>
</body></html>
""",
        body="""
各位考生：
苒溪县文化馆2024年公开招聘舞蹈辅导员专业技能测试定于6月15日举行。现将有关事项通知如下：
一、测试安排
时间　内容　地点
6月15日上午8:30　民族民间舞（秧歌）展示　县文化馆排练厅
6月15日下午2:30　即兴编舞与教学片段　县文化馆二楼教室
二、测试要求。秧歌展示须使用秧歌扇，扇子由考生自备，颜色、款式不限；服装为练功服。
三、准考证。请考生于6月11日至14日登录本网下载并打印准考证，凭准考证和身份证参加测试。
咨询电话：0817-68812005（县文化馆办公室）。
附件：专业技能测试评分标准
苒溪县人事考试中心
2024年6月4日
""",
    ),
    dict(
        slug="exam-text-food-inspector-practical-sleeve-covers",
        site="邴城人才考试服务网 (invented, text capture)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.bcrckss.example.cn/gg/2025/0410/881.html",
        title="关于邴城市食品检验检测中心招聘检验员实操考核有关事项的公告",
        date_also=["2025-04-10"],
        record_title="〔考务提示〕关于邴城市食品检验检测中心招聘检验员实操考核有关事项的公告 - 邴城人才考试服务网",
        date="2025-04-09",
        notes=(
            "exam site as text with a maintenance line and a technical hotline; candidates told to bring their own "
            "lab coat and sleeve covers; date under the signature"
        ),
        page="""
!m 邴城人才考试服务网
!m 当前位置：首页 > 通知公告 > 事业单位招聘
!t 〔考务提示〕关于邴城市食品检验检测中心招聘检验员实操考核有关事项的公告 - 邴城人才考试服务网
!m 来源：市人才考试服务中心　时间：2025-04-10
{BODY}
!m 考试系统报名咨询（技术）：0519-62288107
!d 本网发布的考试信息以正式公告为准，请考生留意本网动态。
""",
        indent="\u3000\u3000",
        body="""
邴城市食品检验检测中心2025年公开招聘检验员实操考核定于4月19日在中心实验楼进行。现将有关事项公告如下：
一、考核内容为食品样品前处理和常规理化指标测定，每人操作时间60分钟。
二、考生须自备白色实验服一件、套袖一副，套袖应为棉质或防水材质，长度能覆盖小臂。未按要求穿戴的，不得进入实验室。
三、实验室内禁止携带手机等通讯工具，考生个人物品统一存放在考场外。
四、考生须于考核当天8:00前持身份证报到，迟到15分钟以上的取消考核资格。
咨询电话：0519-62290316。
邴城市人才考试服务中心
2025年4月9日
""",
    ),
    dict(
        slug="tender-html-office-supplies-invoice-clips-result",
        site="芏阳县公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.tuyang.gov.example.cn/jyxx/zfcg/cjgg/20240829/0307.html",
        title="芏阳县机关事务服务中心2024年办公用品询价采购成交结果公告",
        record_title="〖成交公示〗芏阳县机关事务服务中心2024年办公用品询价采购成交结果公告-芏阳县公共资源交易网",
        record_date="2024-08-29",
        date="2024-08-29",
        notes=(
            "tender portal with a trading-system login, CA and platform hotlines; the record gives the date; the "
            "lots table one row a paragraph; purchaser and agency contacts stay in the body"
        ),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>〖成交公示〗芏阳县机关事务服务中心2024年办公用品询价采购成交结果公告-芏阳县公共资源交易网</title>
<script src="/js/ggzy-common.js"></script></head><body>
<div class="top">⟦m 芏阳县公共资源交易网⟧　<a>⟦a 交易系统登录⟧</a>　<a>⟦a CA证书办理⟧</a></div>
<div class="nav">⟦m 首页　交易信息　政策法规　办事指南　信用信息⟧</div>
<div class="bread">⟦m 交易信息 ＞ 政府采购 ＞ 成交结果⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 信息时间：2024-08-29　阅读次数：216⟧</div>
<div class="ewb-info">
{BODY}
</div>
<div class="side"><h4>⟦l 最新公告⟧</h4><p>⟦l 芏阳县第二中学食堂食材配送项目招标公告⟧</p><p>⟦l 垓湾镇农村公路养护询价公告⟧</p></div>
<div class="foot">⟦m CA服务热线：400-617-2088　平台技术支持：0797-86600919⟧<br>⟦m 芏阳县公共资源交易中心　赣ICP备17002836号⟧</div>
</body></html>
""",
        body="""
一、项目编号：TYCG-2024-XJ-0412
二、项目名称：芏阳县机关事务服务中心2024年办公用品询价采购
三、成交信息
包号　品目　成交供应商　成交金额（元）
1　发票夹、票据夹、文件夹　芏阳县文汇办公用品商行　18640
2　档案盒、凭证盒　芏阳县信达文具有限公司　26300
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：芏阳县机关事务服务中心，联系人：钱禾，电话：0797-86613250。
采购代理机构：芏阳县恒正项目咨询有限公司，联系人：孔令夏，电话：0797-86638842。
""",
    ),
    dict(
        slug="tender-text-lion-dance-props-consultation-notice",
        site="苒溪县政府采购网 (invented, text capture)",
        style="招投标网",
        genre="采购公告",
        kind="notice",
        form="text",
        source="http://zfcg.ranxi.gov.example.cn/cggg/2024/1105/2214.html",
        title="苒溪县文化馆舞狮道具采购项目竞争性磋商公告",
        date="2024-11-05",
        notes=(
            "the record gives the title as is; a countdown and a bid-system login line; the purchaser's contact "
            "beside a CA hotline; date at the end of the notice"
        ),
        page="""
!m 苒溪县政府采购网
!m 首页 » 采购公告 » 竞争性磋商
{T}
!m 距响应文件递交截止还有：10天 06时 21分
!a 【我要投标】　【下载磋商文件】
{BODY}
!m CA数字证书办理咨询：400-8822-617
!l 上一条：苒溪县图书馆书架采购询价公告
!m 苒溪县财政局主办　蜀ICP备13041229号
""",
        body="""
项目名称：苒溪县文化馆舞狮道具采购项目
采购预算：9.6万元
采购内容：传统南狮狮头8对（含狮被、狮裤），北狮狮头4对，狮头须为竹篾骨架、纸糊彩绘，重量不超过4公斤。
供应商资格：具有独立承担民事责任的能力；近三年有狮头或民俗道具供货业绩。
获取磋商文件：2024年11月6日至11月12日，登录苒溪县政府采购网下载。
响应文件递交截止时间：2024年11月16日9:30。
采购人：苒溪县文化馆，联系人：甄白露，电话：0817-68830472。
苒溪县文化馆
2024年11月5日
""",
    ),
    dict(
        slug="lawfirm-html-lion-head-falls-on-spectator-case",
        site="明衡律师事务所 (invented law firm site)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.minghenglaw.example.cn/anli/2025/0224/1087.html",
        title="舞狮表演中狮头脱落砸伤观众，谁来担责？",
        title_also=["舞狮表演中狮头脱落砸伤观众，谁来担责"],
        record_title="案例速览｜舞狮表演中狮头脱落砸伤观众，谁来担责？—明衡律师事务所",
        date=None,
        notes=(
            "law firm page with a lawyer card, a consult float, a 400 line and a 本文链接 block; a case note with "
            "no date of its own; 'updated' stamp is no date"
        ),
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>案例速览｜舞狮表演中狮头脱落砸伤观众，谁来担责？—明衡律师事务所</title>
<script src="/static/js/mh-site.js"></script></head><body>
<div class="mh-head">⟦m 明衡律师事务所⟧ ⟦m 明法衡理　守正为民⟧ ⟦m 全国服务热线：400-806-7715⟧</div>
<div class="mh-nav">⟦m 首页　律所介绍　专业领域　律师团队　案例解读　联系我们⟧</div>
<div class="mh-pos">⟦m 首页 &gt; 案例解读 &gt; 人身损害⟧</div>
<h1>{T}</h1>
<div class="mh-meta">⟦m 文章作者：温砚秋律师　更新于 2 周前　阅读 905⟧</div>
<div class="mh-article">
{BODY}
</div>
<div class="mh-link">⟦m 本文链接：https://www.minghenglaw.example.cn/anli/2025/0224/1087.html⟧</div>
<div class="mh-card">⟦w 温砚秋律师　擅长人身损害赔偿　电话/微信：13608173390⟧</div>
<div class="mh-float">⟦w 在线免费咨询⟧ ⟦w 留言给律师⟧</div>
<div class="mh-foot">⟦d 本站文章仅供普法参考，不构成法律意见，具体问题请咨询执业律师。⟧<br>⟦m 明衡律师事务所　蜀ICP备20036615号⟧</div>
</body></html>
""",
        body="""
【案情】某镇举办元宵庙会，请来一支民间狮队表演。表演中，舞狮头的演员做甩头动作时，狮头与头箍连接处的铁丝断裂，狮头飞出砸中前排观众，致其眼眶骨折。观众将狮队负责人和庙会主办方一并诉至法院。
【分析】狮队对自己的道具负有检查维护义务，铁丝老化未及时更换，存在过错，应承担主要责任。主办方组织大型群众性活动，未设置隔离带、未要求观众与表演区保持安全距离，未尽到安全保障义务，应承担相应的补充责任。
【提示】狮队每次演出前要检查狮头骨架、头箍和连接件；主办方要划定表演区，必要时为演出购买公众责任险。
""",
    ),
    dict(
        slug="lawfirm-text-no-sleeve-covers-labour-protection",
        site="嘉禾劳动法律师团队 (invented, text capture)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="text",
        source="http://www.jiahe-laodongfa.example.com/wenda/3318.html",
        title="工厂不发套袖等劳保用品，员工可以拒绝上岗吗？",
        title_also=["工厂不发套袖等劳保用品，员工可以拒绝上岗吗"],
        record_title="律师答疑 ▸ 工厂不发套袖等劳保用品，员工可以拒绝上岗吗？ ｜嘉禾劳动法",
        date=None,
        notes="a law firm's answer as text: consult lines, a repost notice; no date (an answer stamp '4 天前')",
        page="""
!m 嘉禾劳动法律师团队 · 专注劳动争议十五年
!m 首页 / 律师答疑 / 劳动保护
!t 律师答疑 ▸ 工厂不发套袖等劳保用品，员工可以拒绝上岗吗？ ｜嘉禾劳动法
!m 网友提问：我在食品厂做分拣，厂里说套袖手套要自己买，不买不让上岗。
!m 解答律师：甘露律师　　4 天前
{BODY}
!w 遇到类似问题？免费电话咨询 400-615-0091
!d 转载请注明来源“嘉禾劳动法”，未经许可不得用于商业用途。
""",
        body="""
您好。根据劳动法和安全生产法的规定，用人单位必须为劳动者免费提供符合国家标准或行业标准的劳动防护用品，不得以货币或其他物品替代，更不能让员工自己出钱购买。
食品分拣岗位的套袖、手套、工作帽，既是劳动防护用品，也是食品卫生的要求，都应由厂里免费配发。厂里要求您自购，属于违法行为。
建议您先和厂里沟通，要求按规定配发；沟通不成的，可以向当地人社部门劳动保障监察机构投诉。在厂里提供必要防护用品之前，您有权拒绝在缺少防护的条件下作业，厂里不能因此扣工资或解除劳动合同。
""",
    ),
]
