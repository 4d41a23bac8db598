"""holdout328, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, sites, places and people (see ../README.md and ../build.py for the markup).
Every case below was written by hand for this part.
"""

CASES = [
    dict(
        slug="localforum-dunyang-post-coffee-shop-filters-jammer",
        site="沌阳在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.dunyang.net/thread-88190-1-1.html",
        title="沌阳老街新开的小咖啡馆，老板自己裁滤纸",
        record_title=None,
        date=None,
        notes="county forum with no title in the record: the thread subject; jammer fonts glued and as a line, a weather "
        "line, medals, a decoration ad with a QQ, an 'official reply' link; post time 2 小时前 (no date)",
        page="""
<html><head><meta charset="gbk"><title>沌阳在线论坛 - 沌阳人自己的网上家园</title>
<style>.jammer{display:none}</style></head><body>
<div id="toptb">⟦m 沌阳今日：多云 6～14℃ 东北风2级⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册成为沌阳网友⟧</a></div>
<div id="hd">⟦m 沌阳在线论坛⟧</div>
<div id="pt">⟦m 沌阳在线 › 吃喝玩乐 › 美食探店⟧</div>
<div class="pl"><table><tr>
<td class="pls">⟦m 老街的猫⟧<br>⟦m 勋章：探店达人 热心网友⟧<br>⟦m 积分 1290⟧</td>
<td class="plc"><h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 2 小时前 | 只看楼主 | 阅读 672⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="gov">⟦a 向有关部门反映此帖 / 查看官方回复⟧</div>
<div class="po">⟦a 顶 踩 收藏 分享 回复⟧</div></td></tr></table></div>
<div class="ad">⟦w 沌阳宕桥装饰 整装特惠 咨询QQ 3019826647⟧</div>
<div class="reply">⟦l 2楼 沌阳吃货：周末就去，老板人很好⟧</div>
<div id="ft">⟦m 沌阳在线论坛　黔ICP备11020364号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
沌阳老街东头新开了一家小咖啡馆，周末去坐了一下午，分享给本地的朋友。
店很小，只有五张桌子，老板是在外地做了八年咖啡师回来的本地人。最有意思的是他家的滤纸：老板从纸厂买整卷的原色滤纸，自己裁、自己折，说这样比买成品便宜一半，还能按自家滤杯的角度来折。
我点了一杯本地产的小粒咖啡，冲之前老板先用热水把滤纸冲了一遍，说是为了去掉纸味。喝起来很干净，没有苦涩味。
价格也实在，一杯手冲二十五元，续杯半价。店里用过的滤纸和咖啡渣装袋送人，拿回去养花正好。
地址就在老街邮局对面，下午一点开门，周一休息。
""",
    ),
    dict(
        slug="localforum-lvxi-repost-community-dumpling-mould-appeal-junk",
        site="闾溪在线 (invented county forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.lvxizx.com/forum/t/31207",
        title="关于征集闲置饺子模、冬至为独居老人送饺子的通知",
        record_title="【帮忙扩散】关于征集闲置饺子模、冬至为独居老人送饺子的通知 - 邻里互助 - 闾溪在线",
        date="2024-12-16",
        date_also=["2024-12-17"],
        notes="a community notice reposted on a county forum: junk lines and junk glued after sentences; the community's "
        "own 联系人/电话 beside the forum's ad line; the post date differs from the notice's date",
        page="""
!m 闾溪在线 › 邻里互助
!t 【帮忙扩散】关于征集闲置饺子模、冬至为独居老人送饺子的通知
!m 楼主：扈塘一家人　发表于 2024-12-17 08:12　查看 2041　回复 33
!m 转自扈塘社区居委会公告栏，大家帮忙扩散一下
{T}
{BODY}
!a 支持楼主　收藏　转发
!l 2楼 南门老王：家里有两个铝的，明天送过去
!l 3楼 小扈：社区干了件实事，点赞
!w 闾溪家政保洁，年前大扫除预约：13908721466
!m 闾溪在线 lvxizx.com　网友发言仅代表个人观点
""",
        junk=dict(lines=2, glued=2),
        body="""
各位居民朋友：
冬至将至，社区计划在12月21日为辖区62户独居老人包饺子、送饺子。为了让更多居民参与进来，现向大家征集家中闲置的饺子模。
一、征集范围：木质、铝制、塑料饺子模均可，要求完好无裂口、花边清晰。
二、交送时间：12月18日至20日，每天9:00至17:00。
三、交送地点：扈塘社区居委会一楼服务大厅。
征集的饺子模经清洗消毒后，冬至当天在社区食堂使用，活动结束后放入社区“共享工具箱”，居民可以登记借用。
联系人：胭慧，电话：0872-6031145。
扈塘社区居民委员会
2024年12月16日
""",
    ),
    dict(
        slug="download-jiayuan-rules-baking-paper-slitting-wps",
        site="佳源资料下载站 (invented, gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.jiayuanxz.com/soft/gzzd/20931.html",
        title="烘焙纸分切岗位安全操作规程",
        record_title="烘焙纸分切岗位安全操作规程.wps",
        date=None,
        notes="old gb2312 download station: file-info table, three download links, an unzip password, a dead-link report "
        "and a floating ad; a rule with 第N条 articles, no date (upload and update stamps only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>烘焙纸分切岗位安全操作规程.wps - 佳源资料下载站</title></head>
<body>
<table width="960" align="center"><tr><td>⟦m 佳源资料下载站 — 规章制度 · 操作规程 · 表格模板⟧</td><td align="right">⟦a 收藏佳源 | 手机访问⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 当前位置：佳源首页 &gt;&gt; 规章制度 &gt;&gt; 安全操作规程⟧</td></tr></table>
<table width="960" align="center" border="1" cellspacing="0">
<tr><td colspan="2" align="center">⟦t 烘焙纸分切岗位安全操作规程.wps⟧</td></tr>
<tr><td>⟦m 资料大小：24 KB⟧</td><td>⟦m 资料格式：WPS 文字⟧</td></tr>
<tr><td>⟦m 更新时间：前天⟧</td><td>⟦m 下载次数：本周 37 / 总计 902⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 运行环境：WPS / Office⟧</td></tr>
</table>
<table width="960" align="center"><tr><td>
<h3>{T}</h3>
{BODY}
</td></tr></table>
<table width="960" align="center"><tr><td>
⟦a 电信线路下载⟧　⟦a 联通线路下载⟧　⟦a 本站高速下载⟧<br>
⟦a 解压密码：www.jiayuanxz.com⟧<br>
⟦a 下载地址失效？点此报告死链⟧
</td></tr></table>
<div style="position:absolute;left:0;top:300px">⟦w 制度代编 三天出稿 QQ 1504728833⟧</div>
<table width="960" align="center"><tr><td align="center">⟦d 佳源资料均来自网络收集，仅供学习研究，下载后请于24小时内删除⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　本规程适用于烘焙纸分切岗位操作人员。
第二条　上岗前须穿戴工作服、防割手套和防护眼镜，长发须盘入工作帽内，不得佩戴手链、戒指等饰物。
第三条　开机前检查分切刀、压辊和急停按钮，确认防护罩完好后方可启动；发现刀片崩口、松动的，停机报修。
第四条　换卷、换刀必须停机断电，并在电源箱上挂“正在检修，禁止合闸”标牌，由两人配合完成。
第五条　运行中严禁用手触摸刀口和压辊，纸卷跑偏时用专用挑板调整，不得直接伸手拉扯。
第六条　作业结束后清理纸屑，关闭电源，填写设备运行记录。
第七条　违反本规程的，按公司安全生产奖惩办法处理。
""",
    ),
    dict(
        slug="download-wenguan-instruction-piping-bag-sealing-doc",
        site="文管家资料网 (invented)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://www.wenguanjia.cn/down/zydd/7715.html",
        title="裱花袋灌装热封工序作业指导书",
        record_title="裱花袋灌装热封工序作业指导书.doc",
        date=None,
        notes="download page as text, .doc file-name title; decimal headings 1.1–3.2; no date (a crawl stamp and a "
        "version number only); download buttons and an unzip note",
        page="""
!m 文管家资料网 › 作业指导书 › 食品包装
!t 裱花袋灌装热封工序作业指导书.doc
!m 大小：36KB　类别：作业指导书　收录：上个月　版本号 A/1
!a 普通下载　　VIP高速下载　　报错
{BODY}
!a 下载后若无法打开，请先升级您的 Office 或 WPS
!l 同类资料：奶油灌装车间卫生管理制度.doc　食品包装袋热封强度检测方法.doc
!d 文管家资料网收录资料仅供参考，若有侵权请联系站长删除
""",
        body="""
1 目的
1.1 规范预装奶油裱花袋的灌装和热封操作，保证封口严密、计量准确。
2 操作步骤
2.1 开机前用75%酒精擦拭灌装嘴和热封刀，确认热封温度设定在150℃±5℃。
2.2 取空袋时手持袋口外侧，袋尖朝下套入灌装嘴，不得用手触碰袋内壁。
2.3 每袋灌装量为500克，每30分钟抽称5袋，偏差超过±5克的停机调整。
2.4 灌装后将袋口平整放入热封刀，热封时间2秒，封口宽度不小于8毫米。
3 检查与记录
3.1 每批首袋做挤压试验，封口无渗漏方可继续生产。
3.2 操作人员每班填写灌装热封记录，交班组长签字。
""",
    ),
    dict(
        slug="exam-bencheng-notice-pastry-assessment-no-moulds-table",
        site="贲城市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.bcrsks.cn/kwtz/2025/0520/4108.html",
        title="关于2025年第二批中式面点师职业技能等级认定考核安排的通知",
        record_title="〔考务安排〕关于2025年第二批中式面点师职业技能等级认定考核安排的通知-贲城市人事考试网",
        date="2025-05-19",
        date_also=["2025-05-20"],
        notes="personnel-exam site: a maintenance banner and an admission-ticket float; a timetable table; the centre's "
        "own 咨询电话 beside the site's technical line; sentences telling candidates to 下载/打印 the ticket; the page "
        "date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔考务安排〕关于2025年第二批中式面点师职业技能等级认定考核安排的通知-贲城市人事考试网</title></head>
<body>
<div class="banner-warn">⟦d 系统公告：5月24日22:00至次日6:00报名系统升级，暂停服务⟧</div>
<div class="hd">⟦m 贲城市人事考试网⟧ ⟦m 贲城市人事考试中心 主办⟧</div>
<div class="nav">⟦m 首页　考试计划　考务通知　成绩查询　证书领取　政策法规⟧</div>
<div class="pos">⟦m 所在位置：首页 &gt;&gt; 考务通知⟧</div>
<div class="cont">
<h2>{T}</h2>
<div class="sub">⟦m 发布日期：2025-05-20　信息来源：职业技能鉴定科　阅读量：1,906⟧</div>
<div class="txt">
{BODY}
</div></div>
<div class="float">⟦a 准考证打印入口⟧</div>
<div class="ft">⟦m 技术支持：贲城市人社信息中心　系统故障请拨 0836-2601199⟧<br>⟦m 蜀ICP备12003716号-4⟧</div>
</body></html>
""",
        body="""
各有关考生：
2025年第二批中式面点师职业技能等级认定考核定于5月31日至6月1日在贲城技师学院举行，现将有关事项通知如下。
一、考核安排
科目　日期　时间　地点
理论知识　5月31日　9:00—10:30　实训楼301
技能操作（饺子成型）　5月31日　14:00—16:00　中餐实训室
技能操作（发面制品）　6月1日　9:00—11:30　中餐实训室
二、有关要求
1.考生请于5月27日起登录本网下载并打印准考证，凭准考证和身份证入场。
2.技能操作所需面粉、馅料和擀面杖由考点统一提供。饺子成型项目考核手工捏制，考生不得使用饺子模等成型工具，违者该项目按零分处理。
3.考生须自备工作服、工作帽和口罩。
咨询电话：0836-2601342（工作日9:00—17:00）。
贲城市人事考试中心
2025年5月19日
""",
    ),
    dict(
        slug="exam-lvxi-notice-piping-candidates-rules",
        site="闾溪县人事考试信息网 (invented)",
        style="人事考试网",
        genre="考生须知",
        kind="notice",
        form="text",
        source="http://rsks.lvxi.gov.cn/ksxz/2025/0612/219.html",
        title="西式面点师（裱花方向）技能考核考生须知",
        record_title="西式面点师（裱花方向）技能考核考生须知_考生服务_闾溪县人事考试信息网",
        date="2025-06-12",
        notes="exam site as text: a candidates' notice with numbered rules that speak of bringing piping bags and of "
        "scanning a QR code to sign in; a page date equal to the notice's own; a maintenance line and an online-help float",
        page="""
!m 闾溪县人事考试信息网
!m 首页 ＞ 考生服务 ＞ 考生须知
{T}
!m 发布时间：2025-06-12　浏览：642
!a 【大字】【标准】【打印】
{BODY}
!a 在线客服（工作日在线）
!d 本网站为考试信息发布平台，考试政策以主管部门正式文件为准
!m 技术维护：闾溪县人力资源和社会保障信息中心
""",
        indent="\u3000\u3000",
        body="""
一、考生须持准考证和有效身份证件，于考试开始前30分钟到达考场，扫描考场门口的二维码签到后入场。
二、考生须自带裱花袋（一次性或硅胶均可）和裱花嘴一套，考点提供转台、抹刀、奶油和蛋糕坯。
三、考试时间为120分钟，考生须完成一只八寸裱花蛋糕，其中玫瑰裱花不少于7朵、边饰不少于1圈。
四、考试期间不得交谈、不得借用他人工具，手机等通讯工具一律关机并交监考员统一保管。
五、考试结束信号发出后，考生应立即停止操作，清理操作台后离场。
六、成绩于考后20个工作日内在本网公布。
闾溪县人事考试中心
2025年6月12日
""",
    ),
    dict(
        slug="tender-bencheng-inquiry-coffee-filters-canteen-countdown",
        site="贲城公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.bencheng.gov.cn/xjgg/2025/0609/JY20250609018.html",
        title="贲城市机关事务服务中心职工之家咖啡滤纸等耗材询价采购公告",
        record_title="〔询价·耗材〕贲城市机关事务服务中心职工之家咖啡滤纸等耗材询价采购公告 - 贲城公共资源交易网",
        record_date="2025-06-09",
        date="2025-06-09",
        notes="tender portal: a countdown, CA and trading-system hotlines beside the purchaser's and agency's own contacts "
        "in the body; an items table; a sentence telling suppliers to download the inquiry file",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔询价·耗材〕贲城市机关事务服务中心职工之家咖啡滤纸等耗材询价采购公告 - 贲城公共资源交易网</title></head>
<body>
<div class="hd">⟦m 贲城公共资源交易网⟧ ⟦a 主体登录 | 免费注册 | CA办理⟧</div>
<div class="nav">⟦m 首页 交易信息 政府采购 工程建设 服务指南 政策法规⟧</div>
<div class="crumb">⟦m 首页 ＞ 政府采购 ＞ 询价公告⟧</div>
<div class="detail">
<h3>{T}</h3>
<div class="info">⟦m 公告类型：询价公告　项目编号：BCJY2025-XJ-0618　发布时间：2025-06-09⟧</div>
<div class="timer">⟦m 距报价截止还有：2 天 06 时 41 分⟧</div>
<div class="content">
{BODY}
</div>
<div class="att">⟦a 询价文件：BCJY2025-XJ-0618.zip（点击下载）⟧</div>
</div>
<div class="ft">
<p>⟦m CA证书办理及驱动问题：400-811-6025⟧</p>
<p>⟦m 交易系统操作咨询：0836-2287700⟧</p>
<p>⟦m 主办：贲城市公共资源交易中心　蜀ICP备13021488号⟧</p>
</div>
</body></html>
""",
        body="""
贲城市机关事务服务中心拟对职工之家所需咖啡滤纸等耗材进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
序号　品名　规格　数量
1　锥形咖啡滤纸　1～4人份，原色，100张/包　300包
2　扇形咖啡滤纸　102型，原色，80张/包　200包
3　食品级封口夹　不锈钢，宽10厘米　150个
二、报价要求
供应商须于2025年6月12日17:00前登录交易系统下载询价文件，按要求上传报价单，逾期不予受理。
三、联系方式
采购人：贲城市机关事务服务中心，联系人：扈先生，电话：0836-2201517。
采购代理机构：贲城宕桥招标咨询有限公司，联系人：胭女士，电话：0836-2293360。
""",
    ),
    dict(
        slug="tender-michuan-result-bag-clips-lots-record-title",
        site="谧川县政府采购网 (invented)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="text",
        source="http://zfcg.michuan.gov.cn/cjgg/2025/0416/00731.html",
        title="谧川县中小学食堂封口夹及保鲜用品采购项目成交结果公告",
        date="2025-04-16",
        notes="tender result as text with the record's own title: a lots table, the purchaser's and agency's contacts "
        "beside the platform's hotline; the announcement's own date at the end",
        page="""
!m 谧川县政府采购网
!m 首页 > 采购公告 > 成交结果
{T}
!m 项目编号：MCCG-2025-0093　公告日期：2025-04-16　浏览次数：311
!a 收藏　|　打印　|　分享到微信
{BODY}
!l 上一篇：谧川县人民医院被服洗涤服务竞争性磋商公告
!l 下一篇：谧川县图书馆图书采购项目更正公告
!m 谧川县政府采购网服务热线：0836-7708890（工作日）
""",
        indent="\u3000\u3000",
        body="""
一、项目名称：谧川县中小学食堂封口夹及保鲜用品采购项目
二、成交信息
包号　品名　成交供应商　成交金额（元）
1　不锈钢封口夹　谧川县盱屏塑胶制品有限公司　18600
2　耐低温塑料封口夹　贲城市鹤纹日用品有限公司　9240
3　食品保鲜袋　谧川县绸家湾包装厂　12750
三、公告期限
自本公告发布之日起1个工作日。
四、联系方式
采购人：谧川县教育局，联系人：邢老师，电话：0836-7721043。
代理机构：谧川县扈塘项目管理有限公司，联系人：宕工，电话：0836-7732218。
谧川县扈塘项目管理有限公司
2025年4月16日
""",
    ),
    dict(
        slug="lawfirm-hengzhi-case-note-clip-finger-injury",
        site="衡知律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengzhilaw.cn/alpx/2025/331.html",
        title="网购封口夹夹伤孩子手指，商家要担责吗？",
        record_title="衡知说案 · 网购封口夹夹伤孩子手指，商家要担责吗？｜衡知律师事务所",
        date=None,
        notes="law-firm article: a lawyer card, a consult float, a 400 line and a 本文链接 block; a case note with no date "
        "(a reposting notice and a view count only)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>衡知说案 · 网购封口夹夹伤孩子手指，商家要担责吗？｜衡知律师事务所</title></head>
<body>
<div class="hd">⟦m 衡知律师事务所 · 消费维权与侵权责任⟧ ⟦m 全国咨询热线 400-906-1187⟧</div>
<div class="nav">⟦m 首页　律所简介　律师团队　以案说法　法律文书　联系我们⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 栏目：以案说法　阅读 1,288⟧</div>
<div class="card">⟦m 撰稿律师：扈明哲　执业证号 15118201910337615⟧</div>
<div class="text">
{BODY}
</div>
<div class="link">⟦m 本文链接：https://www.hengzhilaw.cn/alpx/2025/331.html⟧<br>⟦d 转载请注明出处，文章仅作普法之用，不构成对具体案件的法律意见⟧</div>
</article>
<div class="float">⟦w 免费问律师 · 扈律师在线⟧</div>
<div class="ft">⟦m 衡知律师事务所　地址：贲城市虔湖区金融街9号12楼⟧</div>
</body></html>
""",
        body="""
【案情】张女士在某电商平台购买了一套弹簧封口夹，商品页面未标注任何警示。三岁的孩子拿封口夹玩耍时被夹伤手指，造成指甲脱落。张女士要求商家赔偿医药费，商家以“家长没看好孩子”为由拒绝。
【评析】根据产品质量法和消费者权益保护法，经营者应当对可能危及人身安全的商品作出真实的说明和明确的警示。弹簧力较大的封口夹存在夹伤儿童的危险，商家未标注“儿童勿玩”等警示，存在过错，应当承担相应的赔偿责任。
同时，监护人对幼儿负有看护义务，张女士未将封口夹放在孩子够不到的地方，自身也有一定过错，可以适当减轻商家的责任。
【提示】遇到类似情况，请保留购物订单、商品页面截图、就诊病历和票据，先与商家协商，协商不成可以向平台投诉或向人民法院起诉。
""",
    ),
    dict(
        slug="lawfirm-hengzhi-contract-template-baking-paper-blanks",
        site="衡知律师事务所 · 合同文书库 (invented)",
        style="律所网站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.hengzhilaw.cn/wenshu/ht/0871.html",
        title="烘焙纸采购合同（范本）",
        record_title="〔文书模板〕烘焙纸采购合同（范本）（律所供稿）｜衡知律师事务所",
        date=None,
        notes="a contract template with ＿＿ blanks, ×× placeholders, 第N条 articles and ＿＿年＿＿月＿＿日 (no date); "
        "the firm's 400 line, a template-customisation prompt and a disclaimer",
        page="""
!m 衡知律师事务所 › 法律文书 › 合同范本
!t 〔文书模板〕烘焙纸采购合同（范本）（律所供稿）
!m 文书编号：HT-0871　适用：买卖合同　下载 716 次
!a 下载Word版　　复制全文
{BODY}
!w 需要律师按您的实际业务改写合同？拨打 400-906-1187 转 2
!d 本范本仅供参考，签约前请结合具体交易情况由专业律师审核
""",
        body="""
甲方（买方）：××烘焙有限公司
乙方（卖方）：＿＿＿＿＿＿＿＿
第一条　产品名称、规格及数量：双面硅油烘焙纸，规格＿＿厘米×＿＿米/卷，数量＿＿卷，单价＿＿元，总价＿＿元。
第二条　质量要求：乙方产品应符合食品接触用纸制品相关国家标准，每批随货提供检验报告和合格证明。
第三条　交货时间及地点：乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定的××门店仓库，运费由乙方承担。
第四条　验收：甲方收货后3日内验收，发现涂层脱落、受潮粘连等质量问题的，乙方应在5日内无偿更换。
第五条　付款方式：验收合格后＿＿日内，甲方以银行转账方式支付全部货款。
第六条　本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　乙方（盖章）：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
]
