"""holdout291, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Every page, place, person, firm, site, URL and phone number here is invented; each case was
written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-jianhu-swing-broken-jammer",
        site="鲣湖论坛 (invented county-level city forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.jianhu.example.cn/forum.php?mod=viewthread&tid=1730422",
        title="小区秋千架坏了半年没人修",
        record_title="[街坊求助] 小区秋千架坏了半年没人修（有现场图）- 鲐阳生活 - 鲣湖论坛",
        date=None,
        notes="county forum: weather line, jammer fonts inside the post, a decoration ad between paragraphs, an "
        "official-reply link, medals; relative post time only",
        page="""
<html><head><meta charset="utf-8">
<title>[街坊求助] 小区秋千架坏了半年没人修（有现场图）- 鲐阳生活 - 鲣湖论坛</title>
<style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 鲣湖论坛 · 鲣湖人自己的网上家园⟧　⟦m 鲣湖 今天 小雨转多云 18~24℃⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册成为鲣湖人⟧</a></div>
<div id="pt">⟦m 鲣湖论坛 › 生活板块 › 鲐阳生活 › 正文⟧</div>
<table><tr><td class="pls"><p>⟦m 锦绣人家⟧</p><p>⟦m 🏅 热心街坊　🏅 发帖达人⟧</p></td>
<td class="plc"><h1><em class="typeicon">⟦m [街坊求助]⟧</em> <span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 2 天前　|　查看 5630　|　回复 71⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦l 【部门回复】鲐阳区住建局已受理，点击查看回复详情⟧</div>
<div class="po">⟦a 支持　反对　收藏　分享到群⟧</div></td></tr></table>
<div id="f_pst">⟦a 登录后才可以回帖哦⟧</div>
<div id="ft">⟦m 鲣湖论坛　站务QQ群：55310827⟧　⟦m 浙ICP备13009962号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
我住在鲐阳区东鲣社区翠筠苑小区，小区中心花园有一架双人秋千。今年四月份，一根吊链的挂钩断了，座板斜挂在那里，到现在快半年了。
物业的说法是秋千架是开发商建的，不归他们管；开发商早就找不到人了。社区让我们找业委会，可我们小区的业委会去年就到期了。
⟦w 【广告】翠筠苑老房翻新找阿斌装修，电话 13905751327⟧
孩子们放学路过总想上去荡两下，家长只能一直拉着。前几天有个小朋友拽着断链玩，差点被座板砸到。
想问问有没有同样情况的小区，最后是怎么解决的？也希望有关部门能看到这个帖子。
""",
    ),
    dict(
        slug="localforum-bahe-grain-barn-museum-no-title-junk",
        site="鲅河乡亲网 (invented township forum), text",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.baheqin.example.cn/bbs/read.php?tid=20877",
        title="我们村的老谷仓改成村史馆了，周末回去看了看",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; junk lines and junk glued after 。; relative time; "
        "floors and a moderator's highlight note",
        page="""
!m 鲅河乡亲网 » 乡亲论坛 » 家乡变化
{T}
!m 楼主：南垄老三　　发表于 3 小时前　　人气：812
!m 本帖被版主 鲅河水 加入精华
{BODY}
!l 1楼 · 鲅河水：我小时候还在这座谷仓里捉过迷藏
!l 2楼 · 春妮：周六带孩子去，谢谢楼主
!a 回复本帖　｜　只看楼主　｜　收藏
!m 鲅河乡亲网　联系站长：baheqin_zhan@baheqin.example.cn
""",
        junk=dict(lines=1, glued=2),
        body="""
上个周末回了趟鲅河乡老家，发现村里那座老谷仓改成了村史馆，挺有意思，发上来给大家看看。
这座谷仓是上世纪六十年代生产队建的，青砖墙、杉木梁，能装十几万斤稻谷。分田到户以后就一直空着，屋顶塌了一角。
去年村里争取了一笔资金，把屋顶重新盖了瓦，仓里摆上了老农具、老照片，还有当年的粮食登记簿，上面记着各家各户交了多少公粮。
我在登记簿上找到了我爷爷的名字，那一栏写着“稻谷四百二十斤”。站在仓里，凉飕飕的，还是有股稻谷味。
村史馆周末开门，不收门票，有空的老乡可以回去看看。
""",
    ),
    dict(
        slug="download-sucai-soy-vat-yard-rules-gb2312",
        site="素材驿站 (invented download station, old gb2312 table layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.sucaiyizhan.example.cn/soft/zhidu/2024/31208.html",
        title="酱缸晒场卫生管理制度",
        record_title="酱缸晒场卫生管理制度【doc格式】_下载频道_素材驿站",
        date=None,
        notes="download station: file-info table, three mirror links, an unzip note and a dead-link report; a "
        "rules text with 第N条 and only an effective clause (no date); a floating ghost-writer ad",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>酱缸晒场卫生管理制度【doc格式】_下载频道_素材驿站</title></head><body>
<table width="980" align="center"><tr><td>⟦m 素材驿站　办公资料随取随用⟧</td><td align="right">⟦a <a>加入收藏</a> | <a>设为主页</a>⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 驿站首页 | 规章制度 | 合同协议 | 表格模板 | 总结报告⟧</td></tr>
<tr><td>⟦m 当前：素材驿站 >> 规章制度 >> 生产管理⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：26 KB⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：前天⟧</td><td>⟦m 下载次数：1043⟧</td></tr>
<tr><td>⟦m 运行环境：WPS/Office⟧</td><td>⟦m 资料评级：★★★★☆⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 内容预览：⟧</td></tr><tr><td>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>⟦a 下载地址一：驿站电信高速⟧</td><td>⟦a 下载地址二：驿站联通高速⟧</td><td>⟦a 下载地址三：驿站备用⟧</td></tr>
<tr><td colspan="3">⟦a 解压口令：sucaiyizhan⟧　⟦a 链接失效？点此告诉驿站⟧</td></tr></table>
<div style="position:fixed;right:0;bottom:40px">⟦w 制度不会写？驿站写手代编，微信 yizhan_xie01⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 驿站资料收集自网络，仅供交流学习，请下载后24小时内删除。⟧</td></tr>
<tr><td align="center">⟦m 素材驿站　冀ICP备15008741号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为加强酱缸晒场卫生管理，保证酱品质量安全，制定本制度。
第二条　晒场须远离厕所、垃圾站、畜禽圈舍二十五米以上，场地硬化，排水通畅。
第三条　酱缸须加盖防蝇纱罩，缸沿每日擦拭一次，不得积存酱垢。
第四条　翻酱、取酱人员须穿戴工作服、工作帽和口罩，使用专用酱耙和酱勺，用后清洗晾干。
第五条　禁止在晒场内吸烟、进食，禁止将私人物品放在酱缸上。
第六条　晒场卫生由生产班组长负责，质检员每日巡查并做好记录。
第七条　本制度由生产部负责解释，自发布之日起执行。
""",
    ),
    dict(
        slug="download-wendang-host-script-duck-shed-wps",
        site="文档驿道下载站 (invented), text extract",
        style="资料下载站",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://www.wendangyidao.example.cn/down/zcc/16637.html",
        title="鸭棚标准化改造项目开工仪式主持词",
        record_title="鸭棚标准化改造项目开工仪式主持词.wps",
        date=None,
        notes="file-name record title; a host script with no date; file-info lines, download links and a "
        "points prompt",
        page="""
!m 文档驿道 — 找资料，走驿道
!m 驿道首页 › 主持词 › 仪式庆典
!t 鸭棚标准化改造项目开工仪式主持词.wps
!m 大小：18KB　类型：WPS文字　更新：上周　热度：★★★
!m 内容节选：
{BODY}
!a 【本地下载】　【网盘下载】　【下载出问题？】
!a 普通用户每天可免费下载2份，超出需消耗驿道积分
!l 同类资料：奠基仪式主持词　|　项目竣工典礼主持稿　|　开工仪式领导致辞
!m 文档驿道　渝ICP备20008415号
""",
        body="""
尊敬的各位领导、各位来宾，乡亲们：
大家上午好！今天，我们在这里举行鲅河乡鸭棚标准化改造项目开工仪式。这个项目总投资六百八十万元，将在河道外新建标准化鸭棚四十栋，让沿河散养的鸭子全部“搬新家”。
出席今天仪式的有县农业农村局、县生态环境分局的领导，鲅河乡党政班子成员，以及各村养殖户代表。让我们以热烈的掌声表示欢迎！
下面，进行仪式第一项：请鲅河乡党委书记致辞。
进行仪式第二项：请养殖户代表发言。
进行仪式第三项：请领导为项目培土奠基。
乡亲们，新鸭棚建好后，大家养鸭更省心，河水也会更清。开工仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="exam-jianhu-tea-art-tools-notice-ticket",
        site="鲣湖人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.jhrsks.example.cn/zyjn/tzgg/202504/t20250428_7731.html",
        title="关于茶艺师技能考核实操用具统一配发的公告",
        record_title="〔考务通告〕关于茶艺师技能考核实操用具统一配发的公告-鲣湖人事考试网",
        date="2025-04-28",
        notes="exam site: maintenance banner, admission-ticket float, a technical line beside the notice's own "
        "咨询电话; a timetable one row a paragraph; a 下载并打印准考证 sentence as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔考务通告〕关于茶艺师技能考核实操用具统一配发的公告-鲣湖人事考试网</title></head><body>
<div class="notice-bar">⟦d 系统升级：5月3日0:00—6:00报名系统暂停服务，敬请谅解⟧</div>
<div class="ks-head">⟦m 鲣湖人事考试网⟧ <span>⟦m 鲣湖市人事考试中心⟧</span></div>
<ul class="ks-nav"><li>⟦m 首页⟧</li><li>⟦m 考试动态⟧</li><li>⟦m 职业技能⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 证书领取⟧</li></ul>
<div class="ks-pos">⟦m 当前位置：首页 > 职业技能 > 考务通告⟧</div>
<div class="ks-art"><h2>{T}</h2>
<div class="ks-info">⟦m 来源：市职业技能鉴定指导中心　时间：2025-04-28　浏览：3076⟧</div>
<div class="ks-con">
{BODY}
</div></div>
<div class="ks-float"><a>⟦a 准考证打印入口⟧</a><a>⟦a 成绩速查⟧</a></div>
<div class="ks-foot"><p>⟦m 网站技术支持：0575-8219000（仅限网站使用问题）⟧</p><p>⟦m 鲣湖市人事考试中心版权所有　浙ICP备14011206号⟧</p></div>
</body></html>
""",
        body="""
各位考生：
鲣湖市2025年第一批茶艺师职业技能等级认定将于5月17日至18日举行。为统一考核条件，实操考核所用公道杯、盖碗、品茗杯等茶具由考点统一配发，考生不得自带。现将有关事项公告如下。
一、考核安排
等级　理论考试　实操考核
五级（初级）　5月17日上午　5月17日下午
四级（中级）　5月17日上午　5月18日全天
二、考生请于5月12日起登录本网站下载并打印准考证，凭准考证和身份证入场。
三、实操考核中，考生须使用考点配发的公道杯完成分茶，分茶量偏差超过规定的，按评分标准扣分。
咨询电话：0575-8219035（市职业技能鉴定指导中心，工作日）
鲣湖市职业技能鉴定指导中心
2025年4月28日
""",
    ),
    dict(
        slug="exam-huanxi-interview-grain-keeper-record",
        site="鲩溪人事考试信息网 (invented), text extract",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.huanxi.gov.example.cn/sydw/2025/0314/2281.html",
        title="鲩溪县粮食收储中心2025年公开招聘谷仓保管员面试安排公告",
        record_date="2025-03-14",
        date="2025-03-14",
        notes="title and date given by the record; candidate table one row a paragraph; a technical line and an "
        "exam-fraud warning as chrome",
        page="""
!m 鲩溪人事考试信息网
!m 事业单位招聘 › 面试公告
{T}
!m 发布日期：2025-03-14　　浏览次数：4410
{BODY}
!a 〔打印本页〕〔返回上一页〕
!d 谨防考试诈骗：本网从未委托任何机构代办报名、代收费用。
!m 技术支持电话：0574-6209336
""",
        body="""
根据《鲩溪县粮食收储中心2025年公开招聘工作人员公告》，谷仓保管员岗位笔试已经结束，现将进入面试人员名单及面试安排公告如下。
一、进入面试人员名单
准考证号　姓名　笔试成绩
250301012　易春生　78.5
250301027　孔令秋　76.0
250301033　邱晓禾　74.5
二、面试时间：2025年3月22日上午8:30。
三、面试地点：鲩溪县粮食收储中心一楼会议室。
四、面试采取结构化面试方式，另设谷仓实地查看环节，考查考生对谷仓防潮、防虫、防鼠的基本了解。
鲩溪县粮食收储中心
2025年3月14日
""",
    ),
    dict(
        slug="tender-weichuan-swing-consultation-lots",
        site="鲔川县公共资源交易网 (invented)",
        style="招投标网",
        genre="采购公告",
        kind="notice",
        form="html",
        source="https://ggzy.weichuan.example.cn/jyxx/zfcg/cggg/20240602/ZC118.html",
        title="鲔川县城区公园秋千架更新采购项目竞争性磋商公告",
        record_title="【政府采购·磋商】鲔川县城区公园秋千架更新采购项目竞争性磋商公告 - 鲔川县公共资源交易网",
        date="2024-06-02",
        notes="tender portal: countdown, CA and trading-system lines beside purchaser and agency contacts; lots "
        "table; a 免费下载 sentence as content; an attachment link",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【政府采购·磋商】鲔川县城区公园秋千架更新采购项目竞争性磋商公告 - 鲔川县公共资源交易网</title></head><body>
<div class="gg-top">⟦m 鲔川县公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 投标人注册⟧</a></div>
<ul class="gg-nav"><li>⟦m 首页⟧</li><li>⟦m 交易信息⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 服务指南⟧</li></ul>
<div class="gg-pos">⟦m 首页 > 交易信息 > 政府采购 > 采购公告⟧</div>
<div class="gg-art"><h1>{T}</h1>
<div class="gg-info">⟦m 信息时间：2024-06-02 17:30　阅读次数：688⟧</div>
<div class="gg-count">⟦m 距响应文件递交截止还剩：11天15小时⟧</div>
<div class="gg-con">
{BODY}
</div>
<div class="gg-att"><a>⟦a 磋商文件（WC-2024-ZC118）.zip⟧</a></div></div>
<div class="gg-side"><p>⟦m CA证书办理：0571-5930800⟧</p><p>⟦m 交易系统技术支持：400-617-2280⟧</p></div>
<div class="gg-foot">⟦m 鲔川县公共资源交易中心　浙ICP备16008214号⟧</div>
</body></html>
""",
        body="""
一、项目编号：WC-2024-ZC118
二、项目名称：鲔川县城区公园秋千架更新采购项目
三、采购内容
包号　内容　预算金额
1包　双人秋千架12套　21.6万元
2包　鸟巢秋千架8套　17.2万元
四、供应商须具备独立承担民事责任的能力，近三年内无重大违法记录。
五、获取磋商文件：2024年6月3日至6月7日，登录鲔川县公共资源交易网免费下载。
六、响应文件提交截止时间：2024年6月14日9时30分。
七、联系方式
采购人：鲔川县城市管理局，联系人：骆松，电话：0571-5930216
代理机构：鲔川恒衡招标代理有限公司，联系人：卞玉，电话：0571-5932870
鲔川县城市管理局
2024年6月2日
""",
    ),
    dict(
        slug="tender-fuwan-bid-result-duck-sheds-text",
        site="鲔川县公共资源交易网 (invented), text extract",
        style="招投标网",
        genre="中标公示",
        kind="notice",
        form="text",
        source="https://ggzy.weichuan.example.cn/jyxx/jsgc/zbgs/20240821/GC07.html",
        title="鳆湾镇鸭棚标准化改造工程中标结果公示",
        record_title="〖开标结果〗鳆湾镇鸭棚标准化改造工程中标结果公示_工程建设_鲔川县公共资源交易网",
        date="2024-08-21",
        notes="bid result with amounts in words and figures; the 公示期 dates inside the body; 成文日期 at the end; "
        "CA and complaint lines",
        page="""
!m 鲔川县公共资源交易网
!m 交易信息 > 工程建设 > 中标结果公示
{T}
!m 【信息时间：2024-08-21】【阅读次数：352】
{BODY}
!m 监督部门：鲔川县住房和城乡建设局　　投诉电话：0571-5930552
!a 【打印公示】【关闭本页】
!m 交易系统客服：400-617-2280
""",
        body="""
鳆湾镇鸭棚标准化改造工程（项目编号：FW-GC-2024-07）已于2024年8月20日开标、评标，现将中标结果公示如下。
一、中标人：鲔川县永禾建设工程有限公司
二、中标金额：人民币贰佰叁拾捌万陆仟元（2386000.00元）
三、工期：90日历天
四、项目经理：侯建平
五、公示期：2024年8月22日至2024年8月26日。
各投标人对中标结果有异议的，可在公示期内以书面形式向招标人提出。
招标人：鲔川县鳆湾镇人民政府
招标代理机构：鲔川恒衡招标代理有限公司
2024年8月21日
""",
    ),
    dict(
        slug="lawfirm-bingzhi-soy-vat-stairwell-answer",
        site="鲣湖秉直律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.jhbingzhi.example.cn/dayi/linli/318.html",
        title="邻居把酱缸摆在楼道里，能要求搬走吗？",
        record_title="【楼道纠纷】邻居把酱缸摆在楼道里，能要求搬走吗？—鲣湖秉直律师事务所",
        date=None,
        notes="law firm Q&A: lawyer card, consult float, 400 line, a 本文链接 block and a not-legal-advice notice; "
        "no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【楼道纠纷】邻居把酱缸摆在楼道里，能要求搬走吗？—鲣湖秉直律师事务所</title></head><body>
<div class="lf-top">⟦m 鲣湖秉直律师事务所⟧ <span>⟦m 秉公而言　直道而行⟧</span> <span>⟦m 全国咨询：400-805-3361⟧</span></div>
<ul class="lf-nav"><li>⟦m 首页⟧</li><li>⟦m 律师团队⟧</li><li>⟦m 律师答疑⟧</li><li>⟦m 典型案例⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="lf-pos">⟦m 首页 > 律师答疑 > 邻里相邻关系⟧</div>
<div class="lf-art"><h1>{T}</h1>
<div class="lf-meta">⟦m 解答律师：孟知远　浏览：1907⟧</div>
<div class="lf-con">
{BODY}
</div>
<div class="lf-link">⟦m 本文网址：https://www.jhbingzhi.example.cn/dayi/linli/318.html⟧</div>
<div class="lf-note">⟦d 以上解答依据一般情形作出，具体案件请带材料到所面谈。⟧</div></div>
<div class="lf-card"><p>⟦m 孟知远　执业十二年　擅长物业与相邻纠纷⟧</p><a>⟦w 在线约孟律师⟧</a></div>
<div class="lf-float">⟦w 邻里物业纠纷，点此免费问律师⟧</div>
<div class="lf-foot">⟦m 地址：鲣湖市鲐阳区正义路26号明理大厦9层⟧　⟦m 浙ICP备19020536号⟧</div>
</body></html>
""",
        body="""
问：我家住老小区四楼，楼上邻居把三口大酱缸摆在四楼到五楼的楼梯平台上晒酱，夏天招苍蝇，还挡着过道。跟他说了几次都不搬，该怎么办？
答：楼梯平台属于业主共有部分，邻居长期占用堆放酱缸，侵犯了其他业主的共有权益，也可能违反消防安全规定。
一是可以先向物业或社区反映，由物业依据管理规约要求其限期清理。
二是楼道堵塞影响疏散的，可以向当地消防救援机构举报，由其责令改正。
三是协商不成的，可以依据民法典关于相邻关系和建筑物区分所有权的规定，向法院起诉，请求排除妨害。
建议先以沟通为主，邻里之间为一口酱缸闹上法庭，往往得不偿失。
""",
    ),
    dict(
        slug="lawfirm-shouzheng-letter-tea-pitcher-design",
        site="鲵山守正律师事务所 (invented), text extract",
        style="律所网站",
        genre="函",
        kind="other",
        form="text",
        source="http://www.nsshouzheng.example.cn/case/lsh/2024-10-15.html",
        title="关于停止侵犯“月牙把公道杯”外观设计专利权的律师函",
        record_title="律师函示例 ▏关于停止侵犯“月牙把公道杯”外观设计专利权的律师函 - 守正律所",
        date="2024-10-15",
        notes="a lawyer's letter published as an example; the patent number partly masked with ×; 成文日期 under "
        "the signature; consult line and repost notice",
        page="""
!m 鲵山守正律师事务所 · 知识产权部
!m 首页 / 文书示例 / 律师函
!t 律师函示例 ▏关于停止侵犯“月牙把公道杯”外观设计专利权的律师函
!m 整理：知识产权部　｜　阅读 640
{BODY}
!d 本文已隐去当事人信息，仅作文书格式参考。
!w 商标、专利被侵权？守正知产律师团队为您出函维权：0575-8266098
!m 鲵山守正律师事务所　地址：鲵山县文昌路99号
""",
        body="""
鲐阳区某茶具商行：
本所受鲣湖市明澈玻璃制品有限公司（以下简称“委托人”）委托，就贵商行销售侵犯委托人外观设计专利权产品一事，郑重致函如下。
委托人是“月牙把公道杯”外观设计专利（专利号：ZL2022305××××××.X）的专利权人。经委托人调查，贵商行在其网店销售的一款玻璃公道杯，与上述专利产品外观近似。
为此，请贵商行在收到本函之日起七日内，停止销售上述产品，下架相关链接，并书面告知处理结果。
如贵商行逾期未予回复，委托人将依法追究贵商行的侵权责任。
鲵山守正律师事务所
律师：闻樵
2024年10月15日
""",
    ),
]
