"""holdout322, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="guangchuan-county-forum-rental-switch-cover-jammer",
        site="珖川论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://www.gcluntan.com/thread-318207-1-1.html",
        title="出租屋卫生间开关盖一碰就掉，房东说不归他管",
        record_title="[租房烦心事] 出租屋卫生间开关盖一碰就掉，房东说不归他管 - 城事杂谈 - 珖川论坛",
        date=None,
        notes="county forum: jammer fonts, a weather line, medals, a decoration ad, an official 'forwarded' "
        "link; the post time is 'yesterday' (no date)",
        page="""
<html><head><meta charset="gbk">
<title>[租房烦心事] 出租屋卫生间开关盖一碰就掉，房东说不归他管 - 城事杂谈 - 珖川论坛</title>
<style>.jammer{display:none}</style>
<script src="/static/js/forum.js"></script>
</head><body>
<div id="hd">⟦m 珖川论坛 · 珖川人自己的网上家园⟧　<span>⟦m 今日 阴有小雨 9~14℃⟧</span>　<a>⟦a 每日签到⟧</a> <a>⟦a 登录⟧</a></div>
<div id="nv">⟦m 首页⟧ ⟦m 城事杂谈⟧ ⟦m 房产家居⟧ ⟦m 二手集市⟧ ⟦m 珖川美食⟧</div>
<div id="pt">⟦m 珖川论坛 » 城事杂谈 » 查看帖子⟧</div>
<div class="banner-ad">⟦w 【广告】老韩装修 水电改造一口价 13907935521⟧</div>
<table class="plhin"><tr>
<td class="pls"><p>⟦m 城东租客小骆⟧</p><p>⟦m 勋章：新人报到 热心街坊⟧</p><p>⟦m 积分 286⟧</p></td>
<td class="plc"><h1>⟦t [租房烦心事] 出租屋卫生间开关盖一碰就掉，房东说不归他管⟧</h1>
<div class="pti">⟦m 发表于 昨天 21:40 ｜ 只看该作者 ｜ 查看 2406 回复 58⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦l 【版主已转交城东社区处理，点此查看官方回复】⟧</div>
<div class="po">⟦a 回复　支持(41)　反对(2)　收藏⟧</div></td></tr></table>
<div class="replies"><p>⟦l 沙发 老电工：面板松了千万别自己动，让房东找电工⟧</p><p>⟦l 板凳 珖川律师小杜：租赁合同没约定的，一般由出租人负责维修⟧</p></div>
<div id="ft">⟦m 珖川论坛 gcluntan.com　赣ICP备15007318号　客服QQ：2907731156⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
在珖川城东租了个一室一厅，卫生间开关外面那个防水翻盖，上个月洗澡时一碰就掉了，里面的面板也有点松。
找房东，房东说开关是小东西，让我自己买一个装上；找中介，中介说合同里没写，让我去找房东。
我自己倒是会拧螺丝，可面板松了不敢动，怕漏电。现在每次洗澡都用塑料袋把开关罩住，挺别扭的。
想问问大家，出租屋里这种开关、插座坏了，到底该谁来修？有懂行的朋友说说。
""",
    ),
    dict(
        slug="guangchuan-county-forum-market-egg-trays-subject",
        site="珖川论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.gcluntan.com/thread-320114-1-1.html",
        title="菜市场门口的蛋托扔得到处都是，能不能设个回收点",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; the poster's own call to the community with its "
        "phone beside a decoration ad between paragraphs; '5 hours ago' is no date",
        page="""
!m 珖川论坛 › 城事杂谈
!m 今日：多云转晴 12~19℃　｜　签到领金币
{T}
!m 楼主 城东老街坊 ｜ 发表于 5 小时前 ｜ 查看 1288 ｜ 回复 36
{BODY}
!l 2# 豆腐西施：支持！我家阳台种菜天天缺蛋托
!l 3# 珖川论坛-民生版主：已转交城东社区，请关注后续回复
!a 回复帖子请先登录　｜　注册珖川通行证
!m 珖川论坛 gcluntan.com 赣ICP备15007318号
""",
        body="""
瑒溪路菜市场东门那一片，每天早上卖鸡蛋的摊子收摊以后，地上都是踩烂的纸蛋托，下雨天泡得稀烂，走路都打滑。
我问过摊主，他们说蛋托拿回去也没用，收废品的嫌不值钱不要。
⟦w 【推广】珖川装修找老韩，水电木瓦全包，电话13907935521⟧
其实城里很多人家都想要蛋托，育苗、装东西都用得上。能不能在市场门口放个回收箱，干净的蛋托大家自取，烂的集中清走？
我给城东社区打过电话，号码是0793-6651230，接电话的同志说会向市场管理方反映。这里也发个帖，希望更多人看到。
""",
    ),
    dict(
        slug="fengchao-download-instruction-switch-cover-doc",
        site="蜂巢资料站 (invented download station, old table layout)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="html",
        source="http://www.fengchao-zl.net/soft/2025/77310.html",
        title="防水开关盖安装作业指导书",
        record_title="防水开关盖安装作业指导书.doc",
        date=None,
        notes="download station in an old table layout: file-info table, three download links, unzip password, "
        "dead-link report; a work instruction with decimal headings, no date (update stamp is none)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>防水开关盖安装作业指导书.doc - 蜂巢资料站</title>
<script language="javascript" src="/js/ads_top.js"></script>
</head><body>
<table width="950" align="center" cellpadding="0" cellspacing="0">
<tr><td>⟦m 蜂巢资料站　资料如蜜　取之不尽⟧</td><td align="right"><a>⟦a 把本站加入书签⟧</a></td></tr>
<tr><td colspan="2" class="menu">⟦m 首页 | 工程资料 | 电气资料 | 安全资料 | 表格模板 | 最近更新⟧</td></tr>
<tr><td colspan="2">⟦m 当前位置：蜂巢资料站 → 电气资料 → 作业指导书⟧</td></tr>
</table>
<table width="950" align="center" border="1" cellpadding="4" class="info">
<tr><td colspan="2" align="center"><b>⟦t 防水开关盖安装作业指导书.doc⟧</b></td></tr>
<tr><td>⟦m 资料大小：48 KB⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-05-06⟧</td><td>⟦m 下载次数：1,377⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 运行环境：WPS / Office⟧</td></tr>
</table>
<table width="950" align="center"><tr><td class="yl">⟦m 内容预览：⟧</td></tr><tr><td>
{BODY}
</td></tr></table>
<table width="950" align="center" class="down">
<tr><td>⟦a 下载地址：电信线路一　电信线路二　网通线路⟧</td></tr>
<tr><td>⟦a 解压口令：fcz2025（区分小写）⟧</td></tr>
<tr><td><a href="/report.asp?id=77310">⟦a 链接失效？点这里告诉站长⟧</a></td></tr>
<tr><td>⟦l 同类资料：开关插座安装技术交底.doc　卫生间局部等电位安装要点.doc⟧</td></tr>
</table>
<table width="950" align="center"><tr><td align="center">⟦d 本站资料由网友提供或收集于网络，仅供学习参考，下载后请于24小时内删除⟧</td></tr>
<tr><td align="center">⟦m 蜂巢资料站 www.fengchao-zl.net 豫ICP备13019904号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
1.适用范围
本指导书适用于住宅卫生间、厨房、阳台等潮湿场所86型开关、插座加装防水开关盖的作业。
2.作业准备
2.1 准备十字螺丝刀、验电笔、防水开关盖及配套加长螺丝。
2.2 作业前断开对应回路电源，用验电笔确认无电后方可作业。
3.安装步骤
3.1 拧下面板固定螺丝，将防水盖底座对准面板螺孔。
3.2 用加长螺丝将底座与面板一并固定，螺丝不得拧得过紧，以免面板开裂。
3.3 翻盖开合三次，确认回弹正常、密封条贴合。
4.注意事项
面板已经松动、发黑或有焦痕的，应先更换面板，不得直接加装防水盖。
""",
    ),
    dict(
        slug="shubao-download-plan-felt-desk-mats-space-markers",
        site="书包资料网 (invented download station)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.shubaozl.com/jiaoyu/fangan/2025/90416.html",
        title="瓅水县中小学书法教室毛毡桌垫配备方案",
        record_title="瓅水县中小学书法教室毛毡桌垫配备方案（含doc下载）免费获取",
        date="2025-08-28",
        notes="download page: a preview cut by page markers, glued to the continuation with a space or on a line "
        "of their own; the update stamp is no date, the 成文日期 is",
        page="""
!m 书包资料网 › 教育文档 › 方案计划
!t 瓅水县中小学书法教室毛毡桌垫配备方案（含doc下载）免费获取
!m 资料类型：DOC　资料大小：36KB　更新：2025-09-03　人气：812
!a ▶ 高速下载　▶ 普通下载
{T}
{BODY}
!a 解压密码：shubaozl.com
!d 本站资料均收集自网络，仅供交流学习，如需商用请联系原作者
!l 相关资料：书法教室建设标准｜中小学书法教学指导纲要解读
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⒫ {n}/3", every=85, start=2, glue="mix", sep=" "),
        body="""
为落实书法进中小学课堂的要求，改善书法教学条件，县教体局决定为全县中小学书法教室统一配备毛毡桌垫，特制定本方案。
一、配备范围。全县已建成书法教室的中小学校共34所，每间书法教室按学生座位数配备，预计需要毛毡桌垫2100张。
二、配备标准。桌垫采用羊毛混纺毛毡，厚度不低于3毫米，规格为50厘米×70厘米，印有米字格和九宫格两种样式，各占一半。
三、进度安排。9月上旬完成采购，9月下旬配送到校，国庆节后投入使用。
四、管理要求。各校要建立书法教室物品台账，桌垫专室专用，每学期清洗一次，损坏的由学校及时补充。
瓅水县教育体育局
2025年8月28日
""",
    ),
    dict(
        slug="tingyang-pta-exam-notice-seat-cushions-lines",
        site="珽阳人事考试网 (invented)",
        style="人事考试网",
        genre="说明",
        kind="notice",
        form="html",
        source="https://www.typta.gov.cn/kwgg/2025/1230/1187.html",
        title="关于冬季笔试考场座椅统一加装椅垫的说明",
        record_title="〔冬考提醒〕关于冬季笔试考场座椅统一加装椅垫的说明 - 珽阳人事考试网",
        date="2025-12-29",
        date_also=["2025-12-30"],
        notes="exam portal: maintenance banner, an admission-ticket float and the site's technical line beside "
        "the exam centre's own 考务咨询电话; 下载并打印准考证 as content; posting date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔冬考提醒〕关于冬季笔试考场座椅统一加装椅垫的说明 - 珽阳人事考试网</title>
<link rel="stylesheet" href="/css/pta.css">
<script src="/js/notice-float.js"></script>
</head><body>
<div class="warn">⟦d 系统将于每周日凌晨1:00-5:00例行维护，期间暂停报名与缴费⟧</div>
<div class="head">⟦m 珽阳人事考试网　珽阳市人事考试中心⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 考试公告⟧ ⟦m 考务提示⟧ ⟦m 成绩查询⟧ ⟦m 证书办理⟧ ⟦m 政策法规⟧</div>
<div class="pos">⟦m 所在位置：首页 - 考务提示⟧</div>
<div class="art"><h2>{T}</h2>
<div class="meta">⟦m 发布日期：2025-12-30　来源：考务科　字号：大 中 小⟧</div>
{BODY}
</div>
<div class="float-zkz"><a>⟦a 准考证打印通道（1月6日开放）⟧</a></div>
<div class="foot"><p>⟦m 网上报名技术咨询：0795-8390799（工作日）⟧</p><p>⟦m 主办：珽阳市人力资源和社会保障局　赣ICP备09014036号⟧</p></div>
</body></html>
""",
        body="""
广大考生：
我市2026年度公务员录用考试笔试将于1月10日举行。考虑到考试期间气温较低，部分考点教室为金属座椅，市人事考试中心协调各考点为全部考场座椅统一加装椅垫。现将有关事项说明如下。
一、椅垫由考点统一配备，考前已完成清洁消毒，考生无需自带。
二、考生不得携带自带坐垫、靠垫进入考场，已经带来的请存放在考点指定的物品存放处。
三、考生可于1月6日起登录本网站下载并打印准考证，按准考证上的时间和考场号参加考试。
四、考务咨询电话：0795-8390712（工作日8:30-17:30）。
珽阳市人事考试中心
2025年12月29日
""",
    ),
    dict(
        slug="changxi-pta-notice-egg-packers-skills-timetable",
        site="瑒溪人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.changxi.gov.cn/jnkh/2025-10-28/604.html",
        title="关于开展蛋品包装工（蛋托装箱方向）技能考核的通知",
        record_title="【技能考核】关于开展蛋品包装工（蛋托装箱方向）技能考核的通知_瑒溪人事考试网",
        date="2025-10-27",
        notes="exam site: a timetable one row a paragraph; a brackets column prefix and a site suffix on the "
        "record title; 成文日期 under the signature",
        page="""
!m 瑒溪人事考试网 — 瑒溪县人力资源和社会保障局主办
!m 首页 ＞ 职业技能 ＞ 技能考核
{T}
!m 发布者：鉴定所　发布日期：2025-10-28　阅读：394
{BODY}
!a 〔下载报名表〕〔打印本通知〕
!l 上一条：关于公布2025年第三季度职业技能等级认定结果的通知
!m 技术支持电话：0793-5512200　赣ICP备10021177号
""",
        body="""
各有关企业、各考生：
根据全县禽蛋加工企业用工需求，县职业技能鉴定所定于11月组织蛋品包装工（蛋托装箱方向）技能考核，现将有关事项通知如下。
一、考核时间和地点
科目　时间　地点
理论知识　11月15日9:00-10:30　县职业技术学校A201
实操考核　11月15日14:00-17:00　县禽蛋加工园实训车间
二、实操内容。考生在规定时间内完成鸡蛋分级、蛋托装箱、破损检查和封箱贴标，每人装30枚蛋托20托。
三、报名方式。由所在企业统一报名，11月5日前将报名表报县职业技能鉴定所。
瑒溪县人力资源和社会保障局
2025年10月27日
""",
    ),
    dict(
        slug="tingyang-ggzy-bid-result-desk-mats-lots",
        site="珽阳公共资源交易网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.tingyang.gov.cn/jyxx/zfcg/zbgg/20250811/0736.html",
        title="珽阳市第三中学学生课桌垫采购项目中标结果公告",
        record_title="珽阳市第三中学学生课桌垫采购项目中标结果公告_政府采购_珽阳公共资源交易网",
        record_date="2025-08-11",
        date="2025-08-11",
        notes="tender portal: the record's date; bid lots in a table one row a paragraph; purchaser and agency "
        "contacts beside CA and trading-system lines",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>珽阳市第三中学学生课桌垫采购项目中标结果公告_政府采购_珽阳公共资源交易网</title>
<link rel="stylesheet" href="/css/jy.css">
<script src="/js/jquery.js"></script>
</head><body>
<div class="jy-top">⟦m 珽阳公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<div class="jy-nav">⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政府采购⟧ ⟦m 工程建设⟧ ⟦m 服务指南⟧ ⟦m 信用信息⟧</div>
<div class="jy-pos">⟦m 首页 > 交易信息 > 政府采购 > 结果公告⟧</div>
<div class="jy-detail"><h3>{T}</h3>
<p class="jy-meta">⟦m 信息时间：2025-08-11　浏览次数：178⟧</p>
{BODY}
</div>
<div class="jy-side"><p>⟦m CA数字证书办理：0795-8200186⟧</p><p>⟦m 交易系统技术支持：400-6618-207⟧</p></div>
<div class="jy-foot">⟦m 珽阳市公共资源交易中心 主办　赣ICP备16008850号⟧</div>
</body></html>
""",
        body="""
一、项目编号：TYCG-2025-0736
二、项目名称：珽阳市第三中学学生课桌垫采购项目
三、中标信息
包号　中标供应商　中标金额
1包（硅胶桌垫1800张）　珽阳市瑞衡文体用品有限公司　43200元
2包（皮革桌垫600张）　瑒溪县书香办公家具厂　19800元
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：珽阳市第三中学　联系人：席老师　电话：0795-8213307
代理机构：珽阳恒信招标代理有限公司　联系人：龙工　电话：0795-8255618
珽阳恒信招标代理有限公司
2025年8月11日
""",
    ),
    dict(
        slug="chunyuan-school-inquiry-deodoriser-items",
        site="瑃原县政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.chunyuan.gov.cn/xjgg/2025/0905/3318.html",
        title="瑃原县第二中学学生宿舍鞋柜除味盒询价采购公告",
        date="2025-09-05",
        notes="title as the record gives it; inquiry items one row a paragraph; the purchaser's own contact "
        "beside the portal's service line; 下载 询价文件 as content; a deadline countdown",
        page="""
!m 瑃原县政府采购网
!m 当前位置：首页 → 采购公告 → 询价公告
{T}
!m 发布时间：2025-09-05 16:20　距报价截止还有 6 天
{BODY}
!a 【附件】询价文件.docx（点击下载）
!m 平台服务电话：0793-4400365　赣ICP备12014405号
""",
        body="""
根据学校采购计划，现对学生宿舍鞋柜除味盒进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
品名　数量　技术要求
竹炭除味盒　1200盒　每盒炭含量不少于100克
活性炭补充包　600包　每包不少于200克
二、报价要求：供应商请于2025年9月12日17:00前将加盖公章的报价单送达学校总务处，逾期不予受理。
三、询价文件请在本网站下载。
四、联系人：毛老师　联系电话：0793-4420518
瑃原县第二中学
2025年9月5日
""",
    ),
    dict(
        slug="liheng-lawfirm-answer-fake-latex-cushion",
        site="瓅衡律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.lihenglaw.cn/shuoan/2025/0417.html",
        title="网购“乳胶椅垫”实为海绵，能要求退一赔三吗？",
        record_title="【椅垫维权·律师答】网购“乳胶椅垫”实为海绵，能要求退一赔三吗？｜瓅衡律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line and a 本文链接 block; a question and answer "
        "with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【椅垫维权·律师答】网购“乳胶椅垫”实为海绵，能要求退一赔三吗？｜瓅衡律师事务所</title>
<link rel="stylesheet" href="/css/law.css">
<script src="/js/consult.js"></script>
</head><body>
<div class="lh-head">⟦m 瓅衡律师事务所　专注消费与合同纠纷⟧ ⟦m 全国咨询：400-870-6615⟧</div>
<div class="lh-nav">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 律师团队⟧ ⟦m 律师说案⟧ ⟦m 联系我们⟧</div>
<div class="lh-pos">⟦m 首页 / 律师说案 / 消费维权⟧</div>
<div class="lh-art"><h1>{T}</h1>
{BODY}
<div class="lh-card">⟦m 解答律师：邵文渊　执业证号 13609202210077261⟧</div>
<div class="lh-link">⟦m 本文链接：https://www.lihenglaw.cn/shuoan/2025/0417.html⟧</div>
<div class="lh-tip">⟦d 以上解答仅供参考，具体案件请以律师面谈意见为准⟧</div></div>
<div class="lh-float">⟦w 在线咨询 · 律师10分钟内回复⟧</div>
<div class="lh-foot">⟦m 瓅衡律师事务所　地址：瓅水县玲湖大道108号金帆大厦9楼　赣ICP备21003716号⟧</div>
</body></html>
""",
        body="""
问：我在网店花169元买了一个商品页写着“天然乳胶”的椅垫，收到后拆开发现里面是普通海绵，商家只同意退货，不同意赔偿。我能要求退一赔三吗？
答：可以主张。根据消费者权益保护法第五十五条的规定，经营者提供商品有欺诈行为的，应当按照消费者的要求增加赔偿其受到的损失，增加赔偿的金额为商品价款的三倍；增加赔偿的金额不足五百元的，为五百元。
本案中，商家把海绵椅垫标为“天然乳胶”，属于对商品材质作虚假宣传，可以认定为欺诈。您可以主张退还货款169元，并要求赔偿500元。
建议您保存好商品页面截图、聊天记录和实物照片，先与商家协商；协商不成的，可以向平台投诉或向市场监管部门举报，也可以向人民法院起诉。
""",
    ),
    dict(
        slug="xuanjiang-lawfirm-letter-switch-cover-design",
        site="琄江律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.xuanjianglaw.com/fanli/lsh/2025-06/118.html",
        title="关于停止销售仿冒外观设计开关盖产品的律师函",
        record_title="律师函范例丨关于停止销售仿冒外观设计开关盖产品的律师函 — 琄江律师事务所",
        date="2025-06-18",
        notes="law firm: the letter's own 联系人/电话 beside the firm's 400 line and a consult prompt; 成文日期 "
        "under the signature",
        page="""
!m 琄江律师事务所 · 知识产权团队
!m 首页 › 文书范例 › 律师函
{T}
!m 整理：知产部　阅读 1,032
!w 咨询商标专利纠纷，拨打 400-966-3318 或添加律师微信 xjlaw_ip
{BODY}
!d 本范例已隐去当事人信息，仅供参考，请勿直接套用
!l 相关范例：商标侵权警告函｜著作权侵权律师函
!m 琄江律师事务所　琄江县滨江路2号　赣ICP备18011059号
""",
        body="""
瑃原县益丰五金经营部：
琄江律师事务所接受瑒溪县珖明电器配件厂（以下简称“委托人”）的委托，就贵部销售仿冒委托人外观设计专利产品一事，郑重致函如下：
委托人是“翻盖式防水开关盖”外观设计专利的权利人，专利号为ZL202330418275.6，该专利目前合法有效。经委托人调查，贵部在其网店销售的“86型透明防水盖”，外观与上述专利设计基本相同。
为此，本所律师特函告贵部：请于收到本函之日起七日内停止销售上述产品，下架相关商品链接，并与委托人联系协商赔偿事宜。
联系人：史律师　电话：0793-3386120
琄江律师事务所
2025年6月18日
""",
    ),
]
