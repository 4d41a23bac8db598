"""holdout367, part D: 人事考试网, 招投标网, 律所网站, 社区网站, 行业协会, 企业官网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="exam-liaoyang-oral-test-headphone-stands",
        site="燎阳人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.lyrsks.cn/kwgg/sydw/202506/t20250606_2290.html",
        title="燎阳市2025年事业单位公开招聘外语类岗位口语测试公告",
        record_title="【考务公告·外语岗】燎阳市2025年事业单位公开招聘外语类岗位口语测试公告_燎阳人事考试网",
        date="2025-06-05",
        date_also=["2025-06-06"],
        notes="personnel-exam site: maintenance banner, admission-ticket float, technical line next to the notice's own 咨询电话; "
        "a timetable one row a paragraph; 下载/打印 准考证 as content; posting date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【考务公告·外语岗】燎阳市2025年事业单位公开招聘外语类岗位口语测试公告_燎阳人事考试网</title>
<script src="/res/js/kw-float.js"></script></head><body>
<div class="sys-tip">⟦d 系统维护提示：6月8日22:00至次日6:00报名系统暂停服务，请考生错峰操作⟧</div>
<div class="hd">⟦m 燎阳人事考试网　燎阳市人事考试院主办⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 考试公告⟧</li><li>⟦m 报名入口⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 政策法规⟧</li></ul>
<div class="crumbs">⟦m 首页 ＞ 考试公告 ＞ 事业单位招聘⟧</div>
<div class="cont"><h1>{T}</h1>
<p class="sub">⟦m 发布时间：2025-06-06 16:30　信息来源：燎阳市人事考试院　浏览次数：8820⟧</p>
<div class="txt">
{BODY}
</div></div>
<div class="float-ticket">⟦a 准考证打印入口⟧<br>⟦a 成绩查询入口⟧</div>
<div class="ft"><p>⟦m 考试系统技术咨询：0716-8820176（仅解答网上操作问题）⟧</p><p>⟦m 燎阳市人事考试院　版权所有　鄂ICP备12008831号⟧</p></div>
</body></html>
""",
        body="""
根据《燎阳市2025年事业单位公开招聘工作人员公告》，现将外语类岗位口语测试有关事项公告如下：
一、测试对象：笔试成绩达到合格分数线并进入口语测试名单的英语、日语类岗位考生，名单见本网此前发布的公示。
二、测试时间和地点：
科目　日期　时间
英语口语　6月21日　8:30—11:30
日语口语　6月21日　14:30—16:30
测试地点：燎阳市人事考试院机考中心（楞湖区翠微路16号）。
三、测试方式：口语测试采用人机对话方式，每个座位配有头戴式耳机和耳机架。考生入座后先进行试音，不得自带耳机，测试结束后须将耳机挂回耳机架，经监考员确认后方可离场。
四、准考证：考生请于6月17日至21日登录本网下载并打印准考证，凭准考证和有效身份证件参加测试。
五、咨询电话：燎阳市人事考试院考务科，0716-8820230。
燎阳市人事考试院
2025年6月5日
""",
    ),
    dict(
        slug="exam-tingling-driver-skill-test-wheel-covers",
        site="廷岭人事考试信息网 (invented, text page)",
        style="人事考试网",
        genre="说明",
        kind="notice",
        form="text",
        source="http://rsks.tingling.gov.cn/zkxx/2025/0718/1190.html",
        title="关于驾驶员岗位技能测试有关事项的说明",
        record_title="〔驾驶岗·场地实操〕关于驾驶员岗位技能测试有关事项的说明（含考场示意） - 廷岭人事考试信息网",
        date="2025-07-17",
        date_also=["2025-07-18"],
        notes="exam notice for a driver post: a 'reply-free' consult float and an entry link around it; numbered list; 成文日期",
        page="""
!m 廷岭人事考试信息网
!m 栏目导航：首页 - 招考信息 - 技能测试
!t 〔驾驶岗·场地实操〕关于驾驶员岗位技能测试有关事项的说明（含考场示意）
!m 来源：县人事考试中心　时间：2025-07-18　点击数：2106
{T}
{BODY}
!a ★ 报名入口　★ 准考证打印　★ 成绩查询
!l 相关公告：廷岭县2025年机关后勤服务岗位招聘公告
!m 技术支持：廷岭县人社局信息中心　0738-5519800
!m 廷岭县人力资源和社会保障局主办
""",
        body="""
为保证县机关事务服务中心驾驶员岗位技能测试公平有序，现将有关事项说明如下：
1. 测试内容包括场地驾驶和道路驾驶两部分，场地驾驶含倒车入库、侧方停车、坡道定点停车，道路驾驶路线为考场至县城环城路往返。
2. 测试车辆为同一型号手动挡小型客车，统一安装防滑方向盘套。考生不得自行加装方向盘套、方向盘助力球等物品，可以佩戴防滑手套。
3. 考生须携带本人身份证和准考证，于测试开始前30分钟到达考场候考室，参加抽签。
4. 测试过程中出现安全事故苗头的，由安全员踩下副刹车，该项目按不合格计。
5. 测试成绩当场告知考生本人并签字确认。
廷岭县人事考试中心
2025年7月17日
""",
    ),
    dict(
        slug="tender-tingling-bus-wheel-covers-award",
        site="廷岭县公共资源交易网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.tingling.gov.cn/jyxx/zfcg/zbgg/20251028/00921.html",
        title="廷岭县公共交通集团驾驶员方向盘套采购项目中标结果公告",
        record_title="【中标结果·交通运输】廷岭县公共交通集团驾驶员方向盘套采购项目中标结果公告",
        record_date="2025-10-28",
        date="2025-10-28",
        notes="record date; tender portal: publicity countdown, CA and trading-system lines next to the purchaser's and the agency's "
        "own contacts; lots one row a paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【中标结果·交通运输】廷岭县公共交通集团驾驶员方向盘套采购项目中标结果公告</title>
<script src="/static/js/countdown.js"></script></head><body>
<div class="top">⟦m 廷岭县公共资源交易网　公开 公平 公正⟧ <a>⟦a 主体登录⟧</a> <a>⟦a CA在线办理⟧</a></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 交易信息⟧</li><li>⟦m 政策文件⟧</li><li>⟦m 服务指南⟧</li><li>⟦m 信用信息⟧</li></ul>
<div class="loc">⟦m 交易信息 › 政府采购 › 结果公告⟧</div>
<div class="ewb"><h2>{T}</h2>
<p class="info">⟦m 信息时间：2025-10-28　阅读次数：147　项目编号：TLCG-2025-0391⟧</p>
<p class="cd">⟦m 公示期剩余：4天 07时 22分⟧</p>
<div class="con">
{BODY}
</div>
<div class="fj">⟦a 附件：中标结果公告.pdf（下载）⟧</div></div>
<div class="foot"><p>⟦m CA证书办理及驱动问题：0738-5570113⟧</p><p>⟦m 电子交易系统技术支持：400-017-6628⟧</p><p>⟦m 廷岭县公共资源交易中心　湘ICP备14010926号⟧</p></div>
</body></html>
""",
        body="""
一、项目编号：TLCG-2025-0391
二、项目名称：廷岭县公共交通集团驾驶员方向盘套采购项目
三、中标信息
包号　中标供应商　中标金额（元）
第1包（公交车用）　廷岭县远程汽车用品有限公司　36,840.00
第2包（出租车用）　燎阳市辕骏贸易有限公司　21,150.00
四、主要标的信息：第1包，防滑透气方向盘套，规格Φ45厘米，数量280个；第2包，防滑透气方向盘套，规格Φ38厘米，数量326个。
五、评审专家名单：宫静远、祁立衡、滕雨生
六、公告期限：自本公告发布之日起1个工作日。
七、凡对本次公告内容提出询问，请按以下方式联系。
采购人：廷岭县公共交通集团有限公司，联系人：易凌峰，电话：0738-5531862。
采购代理机构：湘廷工程咨询有限公司，联系人：洪小满，电话：0738-5538047。
""",
    ),
    dict(
        slug="tender-lunxi-library-reading-lamps-inquiry",
        site="仑溪县政府采购网 (invented, text page)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.lunxi.gov.cn/xjgg/2025/0303/5102.html",
        title="仑溪县图书馆阅读灯采购询价公告",
        record_title="〖询价·文化装备〗仑溪县图书馆阅读灯采购询价公告 - 仑溪县政府采购网",
        date="2025-03-03",
        notes="inquiry: items one row a paragraph, the purchaser's contact and mailbox next to the platform hotline; 下载 and 扫码 as content",
        page="""
!m 仑溪县政府采购网
!m 首页 → 采购公告 → 询价公告
!t 〖询价·文化装备〗仑溪县图书馆阅读灯采购询价公告
!m 发布人：县图书馆　　报价截止还剩 2 天
{T}
{BODY}
!a 我要报价　｜　收藏公告　｜　打印本页
!m 平台服务热线：0550-7101688（工作日 8:30-17:30）
!m 仑溪县财政局主办　皖ICP备09010582号-3
""",
        body="""
仑溪县图书馆拟采购一批阅读灯，欢迎符合条件的供应商参加报价。
一、采购内容
品目　数量　主要要求
台式护眼阅读灯　60盏　无可视频闪，色温可调，照度不低于500勒克斯
夹式床头阅读灯　20盏　USB供电，灯臂可弯折
落地阅读灯　8盏　高度可调，底座防倾倒
二、供应商要求：具有独立承担民事责任的能力，所投产品须提供近一年内的第三方检测报告。
三、报价方式：供应商请下载询价文件，按要求填写报价单并加盖公章，于3月7日17:00前送达县图书馆办公室，或扫描后发送至指定邮箱。
四、联系方式：仑溪县图书馆办公室　伍静怡，电话：0550-7125530，邮箱：lxtsg_bgs@163.com。
仑溪县图书馆
2025年3月3日
""",
    ),
    dict(
        slug="lawfirm-zhengzhi-landlord-window-lock-case",
        site="正直律师事务所 (invented)",
        style="律所网站",
        genre="以案说法",
        kind="other",
        form="html",
        source="https://www.zhengzhilaw.cn/anli/minshi/1207.html",
        title="出租房窗户未装限位锁，孩子坠落房东要担责吗？",
        record_title="【以案说法·居住安全】出租房窗户未装限位锁，孩子坠落房东要担责吗？｜正直律所",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line, repost notice; a case note with no date; a lawyer-consult line glued after a 。",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【以案说法·居住安全】出租房窗户未装限位锁，孩子坠落房东要担责吗？｜正直律所</title>
<script src="/js/consult.js"></script></head><body>
<div class="hd">⟦m 正直律师事务所　ZHENGZHI LAW FIRM⟧ ⟦m 全国咨询热线 400-661-0825⟧</div>
<nav>⟦m 首页 ｜ 律所介绍 ｜ 专业领域 ｜ 律师团队 ｜ 以案说法 ｜ 联系我们⟧</nav>
<div class="crumb">⟦m 您的位置：首页 / 以案说法 / 民事纠纷⟧</div>
<article><h1>{T}</h1>
<div class="meta">⟦m 作者：龙知远 律师　｜　阅读 1,904⟧</div>
<div class="body">
{BODY}
</div></article>
<div class="lawyer-card">⟦m 龙知远　正直律师事务所合伙人　擅长：人身损害赔偿、房屋租赁纠纷⟧ <a>⟦a 立即咨询⟧</a></div>
<div class="float">⟦w 在线律师 · 免费评估案情⟧</div>
<div class="repost">⟦d 本文为正直律所原创，转载请注明作者及来源，文中案例已做化名处理。⟧</div>
<div class="ft">⟦m 正直律师事务所　地址：燎阳市楞湖区金融街3号宏图大厦12层　鄂ICP备19027704号⟧</div>
</body></html>
""",
        body="""
【基本案情】租客陶某一家租住房东郑某位于九楼的一套住房。入住时陶某发现次卧窗户没有限位锁，曾通过微信要求郑某加装，郑某回复“过几天找人来弄”，此后再无下文。三个月后，陶某四岁的女儿爬上次卧飘窗，推开窗户坠落受伤。陶某起诉郑某要求赔偿。
【法院观点】法院审理认为，出租人应当保证租赁物符合约定的用途和基本的安全要求。郑某在承租人明确提出安装要求后长期未予处理，对损害发生存在一定过错，应承担相应责任；陶某作为监护人未尽到看护义务，是损害发生的主要原因。最终判决郑某承担百分之三十的赔偿责任。⟦w 类似纠纷拿不准？一键连线正直律所值班律师⟧
【律师提示】对房东来说，窗户限位锁、阳台护栏这类安全设施花钱不多，却可能决定纠纷中的责任大小，出租前最好一次装到位。对租客来说，发现安全隐患要及时书面告知房东并保留记录，同时也不能因为提了要求就放松对孩子的看护。
""",
    ),
    dict(
        slug="lawfirm-dizhu-window-lock-contract-template",
        site="砥柱律师事务所 (invented, text page)",
        style="律所网站",
        genre="合同范本",
        kind="contract",
        form="text",
        source="http://www.dizhulaw.com/wenshu/hetong/0311.html",
        title="窗户安全锁采购及安装服务合同（范本）",
        record_title="【律所文书·免费取用】窗户安全锁采购及安装服务合同（范本）｜砥柱律师事务所",
        date=None,
        notes="contract template: 第N条 articles, ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; no date; a download button and a "
        "review-service line around it",
        page="""
!m 砥柱律师事务所 · 文书中心
!m 首页 » 文书中心 » 合同范本 » 买卖与服务
!t 【律所文书·免费取用】窗户安全锁采购及安装服务合同（范本）
!m 整理：砥柱律所民商事部　　下载量：2318
!a ⬇ 下载Word版本　　✉ 发到我的邮箱
{T}
{BODY}
!w 合同条款需要律师把关？砥柱合同审查 99 元/份，微信 dizhu_ht
!d 本范本仅供参考，不同交易情况差异较大，签约前建议咨询专业律师。
!m 砥柱律师事务所　仑溪县城关镇府前街22号　0550-7180369
""",
        body="""
甲方（采购方）：××小区业主委员会
乙方（供货安装方）：××门窗五金有限公司
第一条　采购内容。乙方向甲方提供窗户安全锁＿＿套，型号为＿＿＿＿，单价＿＿元，合同总价人民币＿＿＿＿元（大写：＿＿＿＿＿＿）。
第二条　安装要求。乙方负责入户安装，安装后窗户开启宽度不得超过十厘米，锁具须经住户当面试用并签字确认。
第三条　质量保证。乙方提供的锁具应当符合国家有关标准，质保期为＿＿年。质保期内非人为损坏的，乙方应在接到通知后＿＿日内免费更换。
第四条　付款方式。合同签订后甲方支付总价的＿＿%作为预付款，全部安装验收合格后＿＿日内付清余款。
第五条　违约责任。乙方逾期安装的，每逾期一日按合同总价的＿＿%支付违约金；锁具质量不合格造成损失的，由乙方承担赔偿责任。
第六条　争议解决。因本合同发生争议，双方协商解决；协商不成的，向××人民法院提起诉讼。
甲方（盖章）：　　　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="community-lunyuan-study-room-reading-lamps",
        site="仑园社区居民之家 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://lunyuan.sqjm.example.cn/gonggao/2025-01-15-13.html",
        title="关于社区书房夜间开放及阅读灯使用的通知",
        record_title="【邻里书房】关于社区书房夜间开放及阅读灯使用的通知｜仑园社区居民之家",
        date="2025-01-13",
        date_also=["2025-01-15"],
        notes="residents' site: weather line, grid worker's box and a property repair line next to the community's own duty phone; "
        "posting date differs from the notice's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【邻里书房】关于社区书房夜间开放及阅读灯使用的通知｜仑园社区居民之家</title></head><body>
<div class="top">⟦m 仑园社区居民之家⟧　⟦m 今天 晴转多云 -2℃～7℃ 空气良⟧</div>
<div class="menu">⟦m 社区首页　通知公告　办事指南　邻里活动　便民服务⟧</div>
<div class="place">⟦m 当前：社区首页 ／ 通知公告⟧</div>
<div class="article"><h3>{T}</h3>
<p class="date">⟦m 发布：2025-01-15　编辑：社区居委会　已读 412⟧</p>
<div class="text">
{BODY}
</div></div>
<div class="grid">⟦m 我的网格员：第三网格 沈佳禾　13907216458⟧</div>
<div class="wuye">⟦m 物业报修（24小时）：0550-7162290⟧</div>
<div class="foot">⟦m 仑溪县城关镇仑园社区居民委员会　地址：仑园路108号⟧　⟦d 本站信息仅供辖区居民参考⟧</div>
</body></html>
""",
        body="""
各位居民：
为方便辖区学生寒假期间学习，社区书房自1月20日起延长开放时间，现将有关事项通知如下。
一、开放时间：每天上午9:00至晚上9:00，除夕至正月初三闭馆。
二、阅读灯使用：书房已为每个座位配备护眼阅读灯。请大家按座位编号使用，离座超过半小时请关灯；灯具亮度分三档，请勿拆卸灯头、拉扯电源线。
三、注意事项：书房内请保持安静，禁止饮食；未成年人晚上6点以后须由家长陪同或接送。
书房值班电话：0550-7161046（开放时间内有人接听）。
仑园社区居民委员会
2025年1月13日
""",
    ),
    dict(
        slug="community-tingqiao-council-minutes-window-locks",
        site="廷桥社区网 (invented, text page)",
        style="社区网站",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://tingqiao.shequ.example.cn/yishi/2025/0519.html",
        title="廷桥社区居民议事会会议纪要（第五期）",
        record_title="〖居民议事〗廷桥社区居民议事会会议纪要（第五期）- 廷桥社区网",
        date="2025-05-17",
        notes="minutes with 时间/地点/主持/参会/记录 lines and a vote count; 分享 as content; a volunteers' WeChat line between paragraphs",
        page="""
!m 廷桥社区网　你我的家园
!m 首页 ➤ 居民议事 ➤ 议事纪要
!t 〖居民议事〗廷桥社区居民议事会会议纪要（第五期）
!m 作者：社区居委会　浏览量：173
{T}
{BODY}
!l 往期纪要：第四期｜第三期｜第二期
!a 字号［大］［小］　　［打印］
!m 廷桥社区居委会　值班电话：0738-5580217
""",
        body="""
时间：2025年5月17日上午9:30
地点：廷桥社区党群服务中心二楼会议室
主持：社区党委书记　冯晓岑
参会：居民议事会成员11人，物业公司代表2人，楼栋长代表4人
记录：社区干事　戚小鸥
会议围绕老旧楼栋是否统一加装窗户限位锁进行了议事协商。
一、物业公司介绍了初步方案：对社区内6栋老旧住宅楼七层以上、家中有儿童的住户统一加装限位锁，费用由社区微实事资金承担，约需1.8万元。
二、议事会成员讨论认为，独居老人家庭也有需求，建议一并纳入；同时要尊重住户意愿，不愿安装的不强制。
⟦w 想加入“护窗”志愿小队？加社区志愿者微信 tqsq_zyz⟧
三、表决情况：应到11人，实到11人，赞成10票，反对0票，弃权1票，方案通过。
四、会后由楼栋长负责在楼栋群内分享安装登记表，5月31日前完成登记。
""",
    ),
    dict(
        slug="association-lunxi-auto-parts-pledge-wheel-covers",
        site="仑溪县汽车用品商会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.lxqcyp.org.cn/hydt/2025/1124/226.html",
        title="关于规范销售方向盘套等车内用品的倡议书",
        record_title="〔商会倡议·车内空气〕关于规范销售方向盘套等车内用品的倡议书 - 仑溪县汽车用品商会",
        date="2025-11-20",
        date_also=["2025-11-24"],
        notes="association site: member-login row and member hotline; the association's name is also the signature (head match); 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔商会倡议·车内空气〕关于规范销售方向盘套等车内用品的倡议书 - 仑溪县汽车用品商会</title></head><body>
<div class="login">⟦a 会员登录⟧ ⟦a 入会申请⟧ ⟦a 会员单位查询⟧</div>
<div class="logo">⟦m 仑溪县汽车用品商会⟧</div>
<ul class="nav"><li>⟦m 商会首页⟧</li><li>⟦m 商会概况⟧</li><li>⟦m 行业动态⟧</li><li>⟦m 会员风采⟧</li><li>⟦m 政策资讯⟧</li></ul>
<div class="crumb">⟦m 行业动态 » 商会倡议⟧</div>
<div class="show"><h1>{T}</h1>
<p class="info">⟦m 发稿：商会秘书处　时间：2025-11-24　点击：265⟧</p>
<div class="showtxt">
{BODY}
</div></div>
<div class="side">⟦m 会员服务专线：0550-7199126⟧</div>
<div class="ft">⟦m Copyright © 仑溪县汽车用品商会　皖ICP备22002140号⟧</div>
</body></html>
""",
        body="""
全县汽车用品经营者：
近期，有车主反映新买的方向盘套、座椅套气味刺鼻，长时间开窗也散不掉。车内空间狭小，劣质车内用品释放的有害物质直接影响驾乘人员健康。为维护消费者权益和行业声誉，仑溪县汽车用品商会向全县经营者倡议：
一、严把进货关。不采购、不销售无厂名厂址、无检测报告的方向盘套、座椅套、脚垫等车内用品，建立进货台账，做到来源可查。
二、如实告知。向顾客如实介绍产品材质，不得将人造革冒充真皮，不得夸大“无味”“环保”等宣传。
三、主动退换。对顾客反映气味明显、脱色掉毛的产品，无条件退换，不推诿、不拖延。
四、带头自律。商会会员单位要带头签订承诺书，商会将不定期组织抽查，并向社会公布结果。
仑溪县汽车用品商会
2025年11月20日
""",
    ),
    dict(
        slug="association-liaoyang-lighting-training-notice",
        site="燎阳市照明电器协会 (invented, text page)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lyzmxh.org/tzgg/20250509.html",
        title="关于举办阅读灯光生物安全标准宣贯培训的通知",
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes="record title as is; an association notice with fee and sign-up lines; 扫码 as content; 成文日期",
        page="""
!m 燎阳市照明电器协会
!m 协会首页 · 通知公告
{T}
!m 发布者：协会秘书处　发布于：2025-05-09　浏览（381）
{BODY}
!a 【会员在线报名】　【下载回执】
!l 上一条：协会第三届第四次理事会会议召开
!l 下一条：关于征集灯具企业质量诚信案例的通知
!m 协会秘书处　电话/传真：0716-8790233　邮箱：lyzmxh@126.com
!m 燎阳市照明电器协会 版权所有
""",
        body="""
各会员单位：
为帮助企业准确理解和执行灯具光生物安全相关标准，提高阅读灯、台灯等产品的质量水平，协会决定举办一期标准宣贯培训班。现将有关事项通知如下：
一、培训时间：2025年5月22日（周四）全天。
二、培训地点：燎阳市楞湖区科技大厦三楼报告厅。
三、培训内容：灯具光生物安全分类要求；阅读灯蓝光危害、频闪的检测方法；近年监督抽查中阅读灯常见不合格项目分析。
四、参加人员：各会员单位技术负责人、质量管理人员，每单位限报2人。
五、费用：会员单位免收培训费，非会员单位每人收取资料费300元。
六、报名方式：请于5月16日前扫描协会公众号中的报名二维码填写信息。
燎阳市照明电器协会
2025年5月8日
""",
    ),
    dict(
        slug="company-yinshan-headphone-stand-recall",
        site="音山数码 (invented, company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.yinshandigital.com/news/recall-2025-07.html",
        title="关于召回部分批次YS-H2型金属耳机架的公告",
        record_title="召回专告 ▸ 关于召回部分批次YS-H2型金属耳机架的公告 - 音山数码官网",
        record_date="2025-07-15",
        date="2025-07-15",
        notes="record date; company site with a cookie notice, a 400 order line and a service float next to the recall's own line; "
        "batches one row a paragraph; 扫码 as content",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>召回专告 ▸ 关于召回部分批次YS-H2型金属耳机架的公告 - 音山数码官网</title>
<script src="/assets/js/cookie-consent.js"></script></head><body>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示您同意我们的隐私政策。⟧ <button>⟦a 我知道了⟧</button></div>
<header>⟦m 音山数码 YINSHAN⟧ <nav>⟦m 产品中心　解决方案　新闻动态　服务支持　关于音山⟧</nav> ⟦m 订购热线 400-835-6060⟧</header>
<div class="bread">⟦m 首页 / 新闻动态 / 公司公告⟧</div>
<section class="news-detail"><h1>{T}</h1>
<p class="time">⟦m 2025-07-15　｜　音山数码⟧</p>
<div class="rich">
{BODY}
</div></section>
<div class="kf">⟦w 在线客服⟧ ⟦a 返回顶部⟧</div>
<footer>⟦m 燎阳音山数码科技有限公司　© 2025　鄂ICP备21013870号-1⟧</footer>
</body></html>
""",
        body="""
尊敬的用户：
我公司在质量回访中发现，2025年3月至5月生产的部分YS-H2型金属耳机架，底座边缘打磨不到位，存在划伤使用者手部的风险。为保障用户安全，我公司决定主动召回以下批次产品：
生产批次　生产日期　数量（个）
YSH2-2503A　2025年3月　1,200
YSH2-2504B　2025年4月　1,650
YSH2-2505A　2025年5月　980
用户可查看耳机架底部标签上的批次号，也可以扫描标签上的二维码自动识别是否属于召回范围。属于召回范围的，请停止使用，我公司将免费更换新品并承担往返运费。
召回专线：0716-8856017（工作日9:00—18:00）。
由此给您带来的不便，我们深表歉意。
燎阳音山数码科技有限公司
2025年7月15日
""",
    ),
    dict(
        slug="company-huaguang-emergency-light-sticks-news",
        site="华光应急用品 (invented, company site text page)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.hgyjyp.com/news/gsxw/2025-12-05.html",
        title="公司应急荧光棒通过消防救援产品质量检验",
        date="2025-12-05",
        notes="record title as is; a company news page; its byline date is the page's date; product-inquiry and brochure lines around it",
        page="""
!m 华光应急用品　专注应急照明二十年
!m 首页 | 产品中心 | 新闻中心 | 资质荣誉 | 联系我们
!m 新闻中心 > 公司新闻
{T}
!m 发布时间：2025-12-05　来源：市场部　浏览：96
{BODY}
!w 批量采购请联系销售部：0550-7177858（孙经理）
!a 下载产品画册（PDF）
!l 相关新闻：华光应急用品参加2025安博会　｜　公司通过质量管理体系再认证
!m 仑溪华光应急用品有限公司　版权所有　皖ICP备16020355号
""",
        body="""
近日，我公司研发的HG-12型应急荧光棒顺利通过国家级消防救援装备质量检验机构的全项检验，各项指标均达到或优于相关标准要求。
应急荧光棒又称化学冷光棒，不用电池、不产生火花，折弯摇晃即可发光，适用于地下空间救援、夜间疏散引导和易燃易爆环境下的临时照明。此次送检的产品连续发光时间达到12小时，防水等级IP68，在零下20摄氏度的低温环境中仍能正常点亮。
公司技术部负责人介绍，研发团队用了近两年时间改进荧光液配方和外壳材料，解决了低温发光暗、外壳易脆裂等问题。
目前，该产品已进入多地应急物资储备目录，明年产能将提升至每年三百万支。
""",
    ),
]
