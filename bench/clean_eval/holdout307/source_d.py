"""Blind part holdout307, file D: county forums, download stations, personnel-exam sites,
tender portals and law firms. Every page, place, person, site, URL and number here is invented;
see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="countyforum-yaoshan-washing-stick-carved-jammer-subject",
        site="繇山在线论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.yaoshan-online-demo.cn/thread-70215-1-1.html",
        title="奶奶留下一根枣木搓衣棒，上面刻的字有人认识吗",
        record_title=None,
        date=None,
        notes="county forum thread: no title in the record, the thread subject holds it; a weather line, jammer-font junk, "
        "a photo placeholder, a decoration ad, an official-reply link and medals; a post with no date",
        page="""
<html><head><meta charset="utf-8"><title>繇山在线论坛 - 繇山人的网上家园</title>
<style>.jammer{display:none}</style></head><body>
<div id="toptb">⟦m 今日繇山：多云转晴　9～17℃　东北风2级⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="hd">⟦m 繇山在线论坛⟧　⟦m 繇山人的网上家园⟧</div>
<div id="pt">⟦m 繇山在线 › 繇山杂谈 › 老物件⟧</div>
<div class="ad">⟦w 老房翻新找繇山巧匠装饰，电话 0739-5520168 免费上门量房⟧</div>
<table><tr><td class="pls"><p>⟦m 清明回乡人⟧</p><p>⟦m 勋章：老繇山　热心网友⟧</p></td>
<td class="plc"><h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 只看该作者　倒序浏览　查看：2206　回复：31⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="pattl">⟦m [图片] 搓衣棒正面.jpg（216 KB，下载次数：12）⟧</div>
<div class="official">⟦l 本帖已转交繇山县文化馆，点此查看官方回复⟧</div>
<div class="po">⟦a 回复　支持 43　收藏⟧</div></td></tr></table>
<div id="ft">⟦m 繇山在线论坛　湘ICP备16027719号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
清明回老家收拾奶奶的老屋，在灶台后面翻出一根搓衣棒。灰落了厚厚一层，擦干净才看出是件老东西。
棒子是枣木的，有一尺多长，前半截刻着九道横槽，手柄那头用烙铁烫了三个字。年头太久，只认得出一个“福”字。
听我爸说，这根搓衣棒是奶奶出嫁时娘家陪送的，在繇山这边的老规矩里，陪嫁的搓衣棒要刻上字，图个吉利。
想请坛子里的老人们帮忙看看，这种刻字的搓衣棒以前繇山这边常见吗？另外两个字可能是什么？
照片在下面，谢谢大家。
""",
    ),
    dict(
        slug="countyforum-mingcheng-quilt-clip-fell-police-phone",
        site="榠城论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.mingchengbbs-demo.com/t/1182093",
        title="榠湾花园又有晒被夹从高楼掉下来了，带娃的家长注意",
        record_title="【楼下注意】榠湾花园又有晒被夹从高楼掉下来了，带娃的家长注意 - 罥湖杂谈 - 榠城论坛",
        date=None,
        notes="county forum post: the community police's phone is the post's own; the forum's ad line and a reply quoting it "
        "are chrome; posted 前天 (no date)",
        page="""
!m 榠城论坛 > 罥湖杂谈
!t 【楼下注意】榠湾花园又有晒被夹从高楼掉下来了，带娃的家长注意
!m 楼主 榠湾老许 ｜ 前天 18:06 ｜ 查看 3318 ｜ 回复 54
{BODY}
!m 本帖最后由 榠湾老许 于 前天 18:20 编辑
!l 沙发　阿黄：我家楼上也是，夹子老得一碰就碎
!l 板凳　榠湾物业小周：收到，今晚在业主群再发一次提醒
!w 榠城论坛广告位招租，联系QQ 3306 4412
!m 榠城论坛 mingchengbbs-demo.com　违法和不良信息举报：0738-8101234
""",
        body="""
今天下午四点多，榠湾花园12栋楼下，一只铁皮晒被夹从楼上掉下来，砸在儿童滑梯旁边，离在玩的小孩不到两米。
这已经是这个月第二次了。上次是一个塑料晒被夹，把一楼的雨棚砸了个洞。
物业说已经在业主群里提醒了，但到底是哪一层掉的，一直没查到。我想说的是：晒被子请把夹子夹牢，大风天就别晒了；带孩子在楼下玩的家长，尽量离楼远一点。
已经跟社区民警反映了，民警小樊说会来楼里挨户提醒，他的电话是0738-8219110，大家发现了也可以直接打。
""",
    ),
    dict(
        slug="download-sucai-puff-workshop-hygiene-rules-gb2312",
        site="素材驿站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.sucaiyz-demo.com/soft/zhidu/10327.html",
        title="化妆工具厂粉扑车间卫生管理制度",
        record_title="〔车间制度精选〕化妆工具厂粉扑车间卫生管理制度 word版下载 - 素材驿站",
        date=None,
        notes="old download station: a file-info table, three download links, an unzip password, a dead-link report; rules with "
        "第N条 articles that speak of 扫码 and 打印; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〔车间制度精选〕化妆工具厂粉扑车间卫生管理制度 word版下载 - 素材驿站</title></head>
<body>
<table width="980" align="center"><tr><td>⟦m 素材驿站 — 制度范本随取随用⟧</td><td align="right"><a>⟦a 会员中心⟧</a> <a>⟦a 充值驿站币⟧</a></td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：素材驿站 → 管理制度 → 生产车间⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td colspan="2" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：28 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：5 天前⟧</td><td>⟦m 下载人气：1207⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 运行环境：Word / WPS⟧</td></tr>
</table>
<table width="980" align="center"><tr><td class="intro">⟦m 资料简介：⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>
⟦a 下载地址一：电信高速⟧<br>⟦a 下载地址二：联通高速⟧<br>⟦a 下载地址三：本地直连⟧<br>
⟦a 解压密码：sucaiyz⟧　⟦a 链接失效？点此报错⟧
</td></tr></table>
<table width="980" align="center"><tr><td>⟦d 驿站资料来自网络收集，仅供学习研究，下载后请于24小时内删除。⟧<br>⟦m Copyright 2011-2025 素材驿站⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　为保证粉扑产品卫生质量，防止微生物污染，结合本厂实际，制定本制度。
第二条　员工进入车间前须更换工作服、戴帽子和口罩，洗手消毒后扫码登记，方可上岗。
第三条　切割、植绒、包装工序每天下班前清扫一次，每周五全面消毒一次；消毒记录由班组长打印后贴在车间门口。
第四条　粉扑半成品不得直接放在地面，须放入带盖周转箱。
第五条　每批成品出厂前抽样送检菌落总数，检验合格方可入库。
第六条　违反本制度的，视情节扣发当月绩效5%至20%。
第七条　本制度自发布之日起施行。
""",
    ),
    dict(
        slug="download-tengyi-beater-process-spec-pdf-line-markers",
        site="藤艺资料库 (invented download station)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="text",
        source="https://www.tengyi-ziliao-demo.cn/down/gongyi/2210.html",
        title="藤编拍被子生产工艺规程",
        record_title="藤编拍被子生产工艺规程.pdf",
        date=None,
        notes="file-name record title (.pdf); decimal headings 2.1–4.2; PDF text with page markers '⮺ 第n页 ⮺' on lines of "
        "their own cutting sentences; update stamp is no date",
        page="""
!m 藤艺资料库 — 手工艺技术资料下载
!t 藤编拍被子生产工艺规程.pdf
!m 文件类型：PDF　|　页数：3　|　最近更新：上周
!a ⬇ 普通下载　　⬇ 高速下载（会员）
{BODY}
!a 资料已全部显示，如需原版PDF请点上方下载
!l 同类资料：竹编果篮加工要点.pdf　藤椅编织图解.pdf
!d 资料均为网友分享，仅作学习交流，侵删。
""",
        pages=dict(fmt="⮺ 第{n}页 ⮺", every=75, start=2),
        body="""
1 范围
本规程适用于本合作社藤编拍被子的选料、编织、定型和检验。
2 选料
2.1 藤条选用生长两年以上的白藤，直径4至6毫米，无虫眼、无霉斑。
2.2 藤条蒸煮后须晾至含水率15%以下方可使用。
3 编织
3.1 拍面按三叶形模板编织，拍面宽度不小于18厘米。
3.2 拍面与手柄连接处用藤皮缠绕不少于20圈，缠紧后涂胶固定。
4 检验
4.1 每批抽取5%，用拍面连续拍打棉被200次，不得出现断藤、松脱。
4.2 检验合格的产品挂合格证后入库。
""",
    ),
    dict(
        slug="personnel-exam-knitting-skill-test-admission-ticket",
        site="榠城人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.mcpta-demo.cn/kwgg/2025/1030/2741.html",
        title="关于2025年下半年手工编织工职业技能等级认定考试有关事项的通知",
        record_title="关于2025年下半年手工编织工职业技能等级认定考试有关事项的通知_考务公示_榠城人事考试网",
        date="2025-10-30",
        notes="exam site: a maintenance banner, an admission-ticket float; a timetable table; sentences about downloading and "
        "printing 准考证 and bringing one's own 毛线针 are content; the centre's 咨询电话 next to the site's technical line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于2025年下半年手工编织工职业技能等级认定考试有关事项的通知_考务公示_榠城人事考试网</title></head>
<body>
<div class="notice-bar">⟦d 系统维护预告：本周六0:00至6:00报名系统暂停服务⟧</div>
<div class="header">⟦m 榠城人事考试网⟧　⟦m 榠城市人力资源和社会保障局主管⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 考试计划⟧ ⟦m 考务公示⟧ ⟦m 成绩查询⟧ ⟦m 证书领取⟧</div>
<div class="main">
<h2>{T}</h2>
<p class="meta">⟦m 发布时间：2025-10-31　信息来源：市职业技能鉴定指导中心⟧</p>
<div class="text">
{BODY}
</div>
<div class="pn">⟦l 上一条：2025年下半年育婴员考试成绩公布⟧<br>⟦l 下一条：关于领取2025年上半年技能等级证书的通知⟧</div>
</div>
<div class="float"><a>⟦a 准考证打印入口⟧</a><a>⟦a 成绩查询入口⟧</a></div>
<div class="footer">⟦m 网站技术支持：0738-8120999⟧　⟦m 湘ICP备13005521号⟧</div>
</body></html>
""",
        date_also=["2025-10-31"],
        body="""
各位考生：
2025年下半年手工编织工（五级、四级）职业技能等级认定考试定于11月22日举行，现将有关事项通知如下。
一、考试安排
科目　时间　地点
理论知识　11月22日9:00-10:30　榠城市技师学院1号楼
操作技能　11月22日14:00-17:00　榠城市技师学院实训楼
二、准考证打印
考生请于11月17日至21日登录本网站下载并打印准考证，凭准考证和身份证入场。
三、考生自带工具
操作技能考试须自带3.5至5.0毫米毛线针两副、钩针一支、剪刀一把，毛线由考点统一提供。
四、咨询方式
考务咨询电话：0738-8120536（工作日9:00-17:00）。
榠城市职业技能鉴定指导中心
2025年10月30日
""",
    ),
    dict(
        slug="personnel-exam-makeup-artist-own-puffs-supplement",
        site="氄阳人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.rongyang-rsks-demo.cn/news/2025/1120/0915.html",
        title="化妆师（五级）技能考核考生自带用具的补充公告",
        record_title="【考前须知·补充】化妆师（五级）技能考核考生自带用具的补充公告 - 氄阳人事考试信息网",
        date="2025-11-20",
        notes="exam site text page: a list of tools to bring (粉扑 among them); a reminder glued after a sentence; "
        "the signature date",
        page="""
!m 氄阳人事考试信息网
!m 首页 → 技能鉴定 → 考务公告
!t 【考前须知·补充】化妆师（五级）技能考核考生自带用具的补充公告
!m 来源：县职业技能鉴定所　浏览：1290
{BODY}
!a 〖打印公告〗〖收藏〗〖关闭〗
!m 主办：氄阳县人力资源和社会保障局　技术支持：氄阳信息中心
""",
        body="""
参加12月6日化妆师（五级）技能考核的考生请注意：
为保证考核卫生，本次操作考核所用粉扑、化妆刷等接触皮肤的用具，一律由考生自带，考点不再统一提供。⟦a 温馨提醒：考前一天可在本网“考点导航”查看路线⟧现将自带用具清单公告如下：
1.粉扑：全新未拆封的海绵粉扑或气垫粉扑不少于2块；
2.化妆刷：粉底刷、眼影刷、腮红刷各1支；
3.其他：一次性睫毛刷、棉签、卸妆巾若干。
用具须放在透明收纳袋内，考前由考评员检查，旧粉扑、共用粉扑不得带入考场。
本公告未尽事宜，以考场规则为准。
氄阳县职业技能鉴定所
2025年11月20日
""",
    ),
    dict(
        slug="tender-mingcheng-inquiry-dorm-clips-countdown-ca",
        site="榠城公共资源交易平台 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.mingcheng-demo.gov.cn/jyxx/zfcg/xjgg/20250321/9931.html",
        title="榠城职业技术学院学生公寓晾晒用品采购项目询价公告",
        record_title="【货物类询价】榠城职业技术学院学生公寓晾晒用品采购项目询价公告 - 采购信息 - 榠城公共资源交易平台",
        date="2025-03-21",
        notes="tender portal: a countdown, an inquiry-file download link, CA and trading-system lines next to the purchaser's and "
        "agency's own contacts; an items table; 下载询价文件 in the body is content; the 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【货物类询价】榠城职业技术学院学生公寓晾晒用品采购项目询价公告 - 采购信息 - 榠城公共资源交易平台</title></head>
<body>
<div class="top">⟦m 榠城公共资源交易平台⟧　<a>⟦a 主体登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<div class="nav">⟦m 交易信息⟧ ⟦m 政府采购⟧ ⟦m 工程建设⟧ ⟦m 政策法规⟧</div>
<div class="crumb">⟦m 首页 » 交易信息 » 政府采购 » 询价公告⟧</div>
<div class="detail">
<h3>{T}</h3>
<p class="time">⟦m 发布时间：2025-03-21 16:05　阅读次数：218⟧</p>
<div class="countdown">⟦a 距报价截止还有：06天23时11分⟧</div>
<div class="ewb-article">
{BODY}
</div>
<div class="fj">⟦a 询价文件.docx（56KB）点击下载⟧</div>
</div>
<div class="service">⟦m CA证书办理咨询：0738-8588001⟧　⟦m 交易系统操作咨询：0738-8588002⟧</div>
<div class="footer">⟦m 榠城市公共资源交易中心　版权所有⟧</div>
</body></html>
""",
        body="""
榠城职业技术学院学生公寓晾晒用品采购项目采用询价方式采购，欢迎符合资格条件的供应商参加报价。
一、项目编号：MCZY-2025-HQ031
二、采购内容
品目　数量　技术要求
防风晒被夹　6000只　不锈钢弹簧，夹口宽度不小于6厘米
晾衣架　3000个　加厚铝合金
三、报价时间：2025年3月24日9:00至3月28日17:00。
四、供应商请在本平台下载询价文件，按要求填写报价单后加盖公章上传。
五、联系方式
采购人：榠城职业技术学院　联系人：祝老师　电话：0738-8566310
采购代理机构：榠城诚衡招标咨询有限公司　联系人：喻工　电话：0738-8569027
附件：询价文件
""",
    ),
    dict(
        slug="tender-lushui-result-laundry-tools-lots",
        site="纑水县政府采购网 (invented)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="text",
        source="http://zfcg.lushui-demo.gov.cn/cjgg/20250604/1052.html",
        title="纑水县社会福利中心洗涤用具采购项目成交结果公告",
        record_title="纑水县社会福利中心洗涤用具采购项目成交结果公告 - 结果公告 - 纑水县政府采购网",
        record_date="2025-06-04",
        date="2025-06-04",
        notes="the record gives the date; a bid result with lots (one row a paragraph); the purchaser's phone is in the body, "
        "the platform's hotline in the chrome",
        page="""
!m 纑水县政府采购网
!m 首页 ＞ 采购公告 ＞ 结果公告
{T}
!m 发布日期：2025-06-04　浏览：96
{BODY}
!a 【我要质疑】　【打印此公告】
!m 平台服务热线：0739-5300100（工作日）
""",
        body="""
一、项目编号：LSFL-2025-012
二、项目名称：纑水县社会福利中心洗涤用具采购项目
三、成交信息
包号　品目　成交供应商　成交金额（元）
1　实木搓衣棒、洗衣刷　纑水县竹木日用品有限公司　8640
2　洗衣盆、晾衣架　繇山县利家塑料制品厂　12300
四、主要标的信息：实木搓衣棒300根，单价18元；洗衣刷400把，单价8.1元。
五、公告期限：自本公告发布之日起1个工作日。
六、采购人：纑水县社会福利中心，联系电话：0739-5302218。
""",
    ),
    dict(
        slug="lawfirm-hengzhi-case-quilt-clip-injury-lawyer-card",
        site="衡直律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengzhi-law-demo.cn/anli/wuye/2025/317.html",
        title="晒被夹坠落砸伤路人，住户和物业谁来担责？",
        record_title="衡直案例评｜晒被夹坠落砸伤路人，住户和物业谁来担责？ - 衡直律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line, a 本文链接 block and a free-consult line of its own "
        "between paragraphs; a case note with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>衡直案例评｜晒被夹坠落砸伤路人，住户和物业谁来担责？ - 衡直律师事务所</title></head>
<body>
<div class="top">⟦m 衡直律师事务所⟧　⟦m 全国法律咨询：400-615-3088⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业领域⟧ ⟦m 律师说案⟧ ⟦m 联系我们⟧</div>
<div class="case">
<h1>{T}</h1>
<p class="tag">⟦m 分类：物业纠纷　作者：邓芷若律师⟧</p>
<div class="txt">
{BODY}
</div>
<div class="link">⟦m 本文地址：https://www.hengzhi-law-demo.cn/anli/wuye/2025/317.html⟧<br>⟦d 转载请保留出处，本案例人名均为化名。⟧</div>
</div>
<div class="card">⟦m 邓芷若　专职律师　执业证号：14307202210863554⟧<br>⟦w 擅长物业、相邻关系纠纷　在线咨询⟧</div>
<div class="float">⟦w 留下电话，律师10分钟内回电⟧</div>
<div class="footer">⟦m 衡直律师事务所　地址：榠城市罥湖区法苑路21号⟧</div>
</body></html>
""",
        body="""
【案情】2024年9月，榠湾花园住户刘某在阳台外晾晒棉被，一只晒被夹被风吹落，砸中楼下路过的李某头部，致其轻微伤。李某起诉刘某和物业公司，要求赔偿医疗费、误工费等1.6万元。
【审理】法院审理认为，晒被夹系从刘某家阳台坠落，刘某作为使用人未能证明自己没有过错，应承担主要赔偿责任；物业公司此前已多次发现该楼栋存在外挂晾晒隐患，却未及时劝阻，未尽到安全保障义务，应承担次要责任。最终判决刘某承担80%、物业公司承担20%。
⟦w 遇到类似纠纷？衡直律师免费帮您分析⟧
【律师提示】晾晒被褥应使用牢固的晒被夹，大风天气及时收回；物业公司发现高空晾晒隐患应当及时劝阻并留存记录。
""",
    ),
    dict(
        slug="lawfirm-zhiyan-puff-processing-contract-template",
        site="执言律师网 (invented)",
        style="律所网站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.zhiyan-lawyer-demo.com/hetong/jiagong/0826.html",
        title="粉扑委托加工合同（范本）",
        record_title="【加工合同模板】粉扑委托加工合同（范本）（执言律师校订）- 执言律师网",
        date=None,
        notes="a contract template with ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日, 第N条 articles; no date",
        page="""
!m 执言律师网 · 合同范本库
!m 首页 / 合同范本 / 加工承揽
!t 【加工合同模板】粉扑委托加工合同（范本）（执言律师校订）
!m 审定律师：钟岩　|　下载 412 次　|　收藏 57
!a 免费下载Word　　一键复制条款
{BODY}
!w 合同需要个性化修改？执言律师一对一审合同，咨询：0738-8890512
!d 范本仅供参考，签约前请结合实际情况由专业律师审核。
""",
        body="""
委托方（甲方）：××化妆品有限公司
受托方（乙方）：××美妆工具厂
第一条　加工产品：乙方按甲方提供的样品加工海绵粉扑，规格为＿＿＿＿，数量为＿＿＿＿片。
第二条　原料：海绵原料由＿＿方提供，须符合化妆品用工具相关卫生要求。
第三条　质量：每批产品出厂前由乙方送检菌落总数，检测报告随货交付甲方。
第四条　交货：乙方应于＿＿年＿＿月＿＿日前将产品送至甲方指定仓库。
第五条　费用：加工费每片＿＿元，甲方收货验收合格后15日内付清。
第六条　本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
]
