"""holdout58, part E. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="rsks-junzhou-notice-sanitation-exam",
        site="筠州人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jzpta.cn/tzgg/202504/t20250422_5531.html",
        title="筠州市环境卫生管理处2025年公开招聘工作人员面试通知",
        record_title="筠州市环境卫生管理处2025年公开招聘工作人员面试通知",
        date="2025-04-22",
        notes="personnel-exam site modern template; interview table rows; the document's own 咨询电话 kept; date under signature",
        page="""
<html><head><meta charset="utf-8"><title>面试通知-筠州人事考试网</title></head>
<body>
<div class="head">⟦m 筠州人事考试网⟧ ⟦m 筠州市人事考试院主办⟧</div>
<div class="menu">⟦m 网站首页⟧ ⟦m 考试公告⟧ ⟦m 成绩查询⟧ ⟦m 准考证打印⟧ ⟦m 政策法规⟧</div>
<div class="wz">⟦m 您现在的位置：首页＞考试公告＞事业单位招聘⟧</div>
<h1>{T}</h1>
<div class="xx">⟦m 发布日期：2025-04-22　阅读次数：4418　【字体：小 中 大】⟧</div>
{BODY}
<div class="fx">⟦l 分享：⟧ ⟦l 微信⟧ ⟦l QQ⟧</div>
<div class="foot">⟦m 考试院地址：筠州市人民大道208号　咨询电话（工作时间）：0798-3381100⟧<br>⟦m 赣ICP备09002201号⟧</div>
</body></html>
""",
        body="""
根据招聘公告，现将面试有关事项通知如下：
一、面试人员名单
准考证号　姓名　报考岗位
250401012　聂一鸣　环卫设施管理
250401027　苏晓岚　环卫设施管理
250402003　甘涛　机械维修
二、面试时间和地点
2025年4月27日上午8:00，在筠州市人事考试院二楼候考室报到，逾期未到视为自动放弃。
三、咨询电话：0798-3217730（市环境卫生管理处人事科）。
筠州市环境卫生管理处
2025年4月22日
""",
    ),
    dict(
        slug="tender-chunyuan-result-bus-purchase",
        site="椿原县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.ccgp-chunyuan.gov.cn/cggg/zbgg/2025/0912_2231.html",
        title="椿原县新能源公交车采购项目中标结果公告",
        record_title="椿原县新能源公交车采购项目中标结果公告",
        date="2025-09-12",
        notes="procurement portal text; numbered sections; winner table row; dates in a results line and signature",
        page="""
!m 椿原县政府采购网
!m 首页 › 采购公告 › 中标（成交）结果公告
{T}
!m 发布时间：2025-09-12 17:05:33　　浏览次数：190
!a 打印　关闭
{BODY}
!w 平台客服：400-077-3310（工作日）
!m 椿原县财政局主办　技术支持：椿原政采云
""",
        body="""
一、项目编号：CYCG-2025-0817
二、项目名称：椿原县新能源公交车采购项目
三、中标信息
供应商名称　中标金额　交货期
椿原恒驰新能源汽车有限公司　1836.00万元　合同签订后90日
四、主要标的信息：10.5米纯电动城市客车，数量24台。
五、公告期限：自本公告发布之日起1个工作日。
六、采购人：椿原县交通运输局，联系人：聂先生，联系方式：0795-7713021。
""",
    ),
    dict(
        slug="lawfirm-huiheng-article-bus-injury",
        site="汇衡律师事务所 (invented)",
        style="律所网站",
        genre="法律意见",
        kind="opinion",
        form="html",
        source="https://www.huihenglaw.com/cases/bus-brake-2025.html",
        title="公交车急刹导致乘客摔伤的责任认定",
        record_title="公交车急刹导致乘客摔伤的责任认定 | 汇衡律师事务所",
        date=None,
        notes="law-firm modern template; consult pop-up and lawyer card as contact; statute quoted; no date",
        page="""
<html><head><meta charset="utf-8"><title>公交车急刹导致乘客摔伤的责任认定 | 汇衡律师事务所</title></head>
<body>
<header>⟦m 汇衡律师事务所⟧ <span>⟦m 专业 · 高效 · 诚信⟧</span> <span>⟦w 咨询热线 0731-8890 2266⟧</span></header>
<nav>⟦m 首页⟧ ⟦m 业务领域⟧ ⟦m 典型案例⟧ ⟦m 律师团队⟧ ⟦m 联系我们⟧</nav>
<div class="case"><h2>{T}</h2>
{BODY}
</div>
<div class="lawyer">⟦w 主办律师：简若水　执业证号 14301201810552116⟧ ⟦w 立即咨询⟧</div>
<div class="pop">⟦w 您好，有什么法律问题可以留言，律师将尽快回复您⟧</div>
<footer>⟦d 本网站内容仅供参考，不构成正式法律意见。⟧ ⟦m 湘ICP备18002230号⟧</footer>
</body></html>
""",
        body="""
基本案情：乘客姚某乘坐公交车时，车辆为避让突然横穿马路的电动车紧急制动，姚某摔倒致腰椎骨折。
律师分析：根据民法典第八百二十三条，承运人应当对运输过程中旅客的伤亡承担赔偿责任；但是，伤亡是旅客自身健康原因造成的或者承运人证明伤亡是旅客故意、重大过失造成的除外。
本案中，姚某站立时未抓握扶手，但不构成重大过失，公交公司应承担赔偿责任，赔偿后可向电动车驾驶人追偿。
""",
    ),
    dict(
        slug="community-xiangyang-notice-bathhouse-seniors",
        site="苕阳街道向阳社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://sy.example.gov.cn/xiangyang/gg/1122.html",
        title="关于为辖区高龄老人发放免费洗浴券的通知",
        record_title="关于为辖区高龄老人发放免费洗浴券的通知",
        date="2025-11-20",
        notes="community text page; the community's own 联系电话 kept; a notice chrome line between paragraphs",
        page="""
!m 向阳社区网 · 家门口的服务站
!m 首页 > 社区公告
{T}
!m 2025-11-21　社区居委会　浏览 67
{BODY}
!l 上一篇：社区冬季消防安全提示
!l 下一篇：社区老年食堂12月菜谱公布
!m 向阳社区居委会　服务时间：周一至周日 8:30-17:30
""",
        body="""
辖区各位居民：
为关爱高龄老人，社区联合辖区惠民浴室开展“冬日暖浴”活动。凡户籍在本社区、年满80周岁的老人，每人可领取免费洗浴券4张。
!d 温馨提示：以下信息由社区录入，如有疑问请以居委会解释为准
领取时间：11月24日至11月30日，领取地点：社区党群服务中心一楼。请携带本人身份证，行动不便的老人可由家属代领。
联系电话：0739-5530926。
向阳社区居民委员会
2025年11月20日
""",
    ),
    dict(
        slug="assoc-dragonboat-html-rules",
        site="舫口县龙舟协会 (invented)",
        style="行业协会",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.fklzxh.org/news/gz/2025/33.html",
        title="舫口县龙舟协会龙舟安全训练管理规定",
        record_title="舫口县龙舟协会龙舟安全训练管理规定",
        date="2025-04-06",
        notes="association site; join-us and donation chrome; articles; date under signature in Chinese numerals",
        page="""
<html><head><meta charset="utf-8"><title>规章制度 - 舫口县龙舟协会</title></head>
<body>
<div class="logo">⟦m 舫口县龙舟协会⟧ ⟦m 同舟共济　奋楫争先⟧</div>
<ul class="nav"><li>⟦m 协会简介⟧</li><li>⟦m 新闻动态⟧</li><li>⟦m 规章制度⟧</li><li>⟦m 会员之家⟧</li></ul>
<div class="c"><h2>{T}</h2>
<p class="i">⟦m 发布：秘书处　｜　阅读 233⟧</p>
{BODY}
</div>
<div class="join">⟦a 申请入会⟧ ⟦a 下载会员登记表⟧</div>
<div class="f">⟦m 协会地址：舫口县滨江路龙舟基地　电话：0596-6332018⟧ ⟦d ©舫口县龙舟协会 保留所有权利⟧</div>
</body></html>
""",
        body="""
第一条　为保障龙舟训练安全，制定本规定。
第二条　下水训练的队员必须穿着救生衣，未满十六周岁人员不得参加下水训练。
第三条　训练期间须有安全保障船随行，遇雷雨、大风、涨水等天气一律停止训练。
第四条　各龙舟队队长为本队安全第一责任人。
舫口县龙舟协会
二〇二五年四月六日
""",
    ),
    dict(
        slug="corp-lvchuan-notice-abattoir-hiring",
        site="绿川食品集团 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.lvchuanfood.com/about/notice/20250301.html",
        title="绿川食品集团屠宰分厂2025年春季招工简章",
        record_title="绿川食品集团屠宰分厂2025年春季招工简章",
        record_date="2025-03-01",
        date="2025-03-01",
        notes="corporate site; record date; wage table; the firm's own hiring phone kept next to the site's customer hotline",
        page="""
<html><head><meta charset="utf-8"><title>绿川食品集团-新闻公告</title></head>
<body>
<div class="hd">⟦m 绿川食品⟧ ⟦m 放心肉 · 绿川造⟧ <a>⟦a 网上商城⟧</a> <a>⟦a EN⟧</a></div>
<nav>⟦m 集团概况⟧ ⟦m 产品中心⟧ ⟦m 新闻公告⟧ ⟦m 人才招聘⟧</nav>
<h1>{T}</h1>
<div class="d">⟦m 2025-03-01⟧</div>
{BODY}
<div class="ft">⟦m 全国客服热线：400-700-2589⟧ ⟦m 绿川食品集团股份有限公司 版权所有⟧</div>
</body></html>
""",
        body="""
因生产规模扩大，我集团屠宰分厂现招聘一线员工若干名。
岗位　人数　月薪
分割工　30　5500至7500元
冷库搬运工　10　5000至6000元
品控员　4　4800至5500元
招聘条件：18至50周岁，身体健康，持有健康证或入职后一个月内办理。
报名地址：檀湾县工业园绿川路1号分厂人事部；报名电话：0595-2268016。
""",
    ),
    dict(
        slug="training-zhengxin-notice-weiqi-class",
        site="正心棋院 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.zhengxinqy.cn/news/2025-01-08.html",
        title="关于寒假围棋集训班开课安排的通知",
        record_title="关于寒假围棋集训班开课安排的通知-正心棋院",
        date="2025-01-08",
        notes="training school text; trial-class promotions chrome; schedule table; date under signature",
        page="""
!m 正心棋院 | 专注少儿围棋教育15年
!w 试听预约：131-7739-0026（微信同号）
!m 首页 / 新闻中心 / 通知
{T}
{BODY}
!w 扫码添加课程顾问，领取免费体验课一节
!l 热门课程：零基础启蒙班 | 业余段位冲刺班 | 线上对弈班
!m 正心棋院　地址：苕阳县文昌街28号二楼
""",
        body="""
各位家长：
寒假围棋集训班将于1月20日正式开课，具体安排如下：
班级　上课时间　教室
启蒙班　上午9:00-11:00　一号教室
提高班　下午2:00-5:00　二号教室
请学员自带棋具和笔记本，每次课后完成对局复盘作业。
正心棋院教务处
2025年1月8日
""",
    ),
    dict(
        slug="app-bixie-speech-gas-station-award",
        site="笔写范文APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://m.bixiefanwen.com/share/art/665120?from=app",
        title="在加油站“星级站”表彰会上的发言",
        record_title="在加油站“星级站”表彰会上的发言（优秀范文可修改）",
        date=None,
        notes="writing-app share page; open-in-app and AI rewrite prompts; no date",
        page="""
<html><head><meta charset="utf-8"><title>在加油站“星级站”表彰会上的发言（优秀范文可修改）</title></head>
<body>
<div class="banner">⟦a 在笔写APP内打开，体验更流畅⟧ ⟦a 打开⟧</div>
<h1>⟦t 在加油站“星级站”表彰会上的发言（优秀范文可修改）⟧</h1>
<div class="stat">⟦m 1.8万次浏览　·　收录于 讲话发言合集⟧</div>
{BODY}
<div class="ai">⟦a AI一键改写　换个说法⟧</div>
<div class="more">⟦a 登录查看剩余内容⟧</div>
<div class="rec">⟦l 相关范文：加油站站长述职报告　加油站员工年终总结⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、各位同事：
很荣幸我们站被评为今年的五星级加油站。这份荣誉属于站里的每一位员工。
一年来，我们坚持“进站一声问候、加油一次提醒、离站一声道别”，全年零客户投诉、零安全事故。
我们将把荣誉当作新的起点，继续把每一升油加好，把每一位顾客服务好。谢谢大家！
""",
    ),
    dict(
        slug="gkforum-zhongshi-notice-streetlight-material",
        site="中试公考社区 (invented)",
        style="公考论坛",
        genre="材料",
        kind="material",
        form="text",
        source="http://www.zhongshigk.com/bbs/thread-119043.html",
        title="某县路灯“智慧化”改造情况（申论给定资料）",
        record_title="【申论真题】某县路灯“智慧化”改造情况（申论给定资料）",
        date=None,
        notes="exam forum with reply prompt and VIP chrome; given material with numbered paragraphs; no date",
        page="""
!m 中试公考社区 > 申论专区 > 给定资料
!t 【申论真题】某县路灯“智慧化”改造情况（申论给定资料）
!m 发帖人：申论老张　　阅读权限 10　　发表于 前天 08:44
{T}
{BODY}
!a 回复本帖即可获得参考答案下载链接
!a 开通VIP查看历年真题解析
!l 上一主题 | 下一主题
""",
        gap=True,
        body="""
资料1
某县城区共有路灯1.2万盏，多数为高压钠灯，耗电高、故障多。群众反映“该亮的不亮，不该亮的白天也亮”。
资料2
2024年，该县启动路灯智慧化改造，为每盏灯加装单灯控制器，实现远程开关、亮度调节和故障自动报警。改造后年节电约310万千瓦时。
资料3
也有市民提出，部分背街小巷夜间调暗后光线不足，老人走夜路不安全。县路灯所表示将根据群众意见优化亮度方案。
""",
    ),
    dict(
        slug="baike-wenda-entry-cold-chain",
        site="问典百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="text",
        source="https://www.wendianbaike.com/wiki/冷链物流",
        title="冷链物流",
        record_title="冷链物流 - 问典百科，自由的百科全书",
        date=None,
        notes="wiki text page; table of contents and edit links chrome; decimal headings kept; no date",
        page="""
!m 问典百科，自由的百科全书
!t 冷链物流 - 问典百科
!a [编辑]　[查看历史]　[讨论]
!l 目录　1 定义　2 主要环节　3 发展现状
{BODY}
!m 本页面最后修订于2025年8月3日 (星期日) 11:20。
!d 本站文字内容遵循知识共享署名-相同方式共享协议。
""",
        body="""
冷链物流，是指冷藏冷冻类物品在生产、贮藏、运输、销售直至消费前的各个环节中始终处于规定的低温环境下，以保证物品质量的一项系统工程。
1 定义
冷链物流适用于肉类、水产品、乳制品、速冻食品以及疫苗、药品等。
2 主要环节
2.1 冷冻加工
2.2 冷冻贮藏
2.3 冷藏运输及配送
3 发展现状
近年来各地加快建设县域冷链集配中心，冷链流通率逐步提高。
""",
    ),
    dict(
        slug="netdisk-lanpan-speech-bus-company",
        site="蓝盘分享 (invented)",
        style="网盘分享",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://lanpan.example.com/s/8Jr2kQpX",
        title="在公交集团2025年安全生产工作会议上的讲话",
        record_title="在公交集团2025年安全生产工作会议上的讲话.docx",
        date="2025-02-10",
        notes="cloud-drive reader with file list; file-name title; date only under the speech title; the share date is not the document date",
        page="""
<html><head><meta charset="utf-8"><title>在公交集团2025年安全生产工作会议上的讲话.docx - 蓝盘分享</title></head>
<body>
<div class="hd">⟦m 蓝盘⟧ ⟦a 登录⟧ ⟦a 注册领2T空间⟧</div>
<div class="file">⟦m 在公交集团2025年安全生产工作会议上的讲话.docx（25.3KB）⟧ ⟦m 分享于 2025-02-14⟧</div>
<div class="btn">⟦a 普通下载⟧ ⟦a 极速下载⟧ ⟦a 保存到蓝盘⟧</div>
<div class="pre">
<h3>{T}</h3>
<p>（2025年2月10日）</p>
{BODY}
</div>
<div class="rep">⟦d 如发现文件违规，请点击举报⟧</div>
<div class="ad">⟦l 更多分享：年度安全责任书.docx　驾驶员考核细则.xlsx⟧</div>
</body></html>
""",
        body="""
同志们：
刚刚过去的一年，集团全年安全行驶里程4200万公里，百万公里事故率控制在0.05次以内。
今年，要重点抓好三件事：一是驾驶员疲劳驾驶监测系统全覆盖；二是老旧车辆淘汰更新；三是场站消防安全隐患整改。
安全生产没有终点，希望大家绷紧安全这根弦，确保全年安全形势持续稳定。
""",
    ),
    dict(
        slug="snapshot-text-cache-go-assoc-notice",
        site="搜索快照（纯文本） (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://snapshot.search.example/cache?q=檀湾围棋协会&d=88120",
        title="檀湾县围棋协会关于开展围棋进校园活动的通知",
        record_title="檀湾县围棋协会关于开展围棋进校园活动的通知_快照存档",
        date="2024-09-02",
        notes="text-only cache: cache header lines; original page chrome inside; date under signature",
        page="""
!m 以下是该网页在北京时间 2025年3月14日 的快照；如果打开速度慢，可以点击纯文字版本。
!m 原网址：http://www.twwqxh.org/a/tz/2024/0902.html
!m 檀湾县围棋协会 >> 通知公告
{T}
{BODY}
!m 檀湾县围棋协会　备案号：桂ICP备20008831号
!d 快照说明：该页面为历史快照，不代表当前内容
""",
        body="""
县内各中小学、各会员单位：
为推动围棋普及，协会决定在2024年秋季学期开展围棋进校园活动，选派协会教练员到8所小学开设围棋兴趣课。
请有意向的学校于9月15日前与协会秘书处联系。联系人：覃敏，电话：0774-3302118。
檀湾县围棋协会
2024年9月2日
""",
    ),
]
