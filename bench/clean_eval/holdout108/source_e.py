"""holdout108, part E: a hospital's tetanus-clinic notice, a forestry university's arboretum
open day, a traffic-signal timing notice on a county forum, an ossuary's rules on a download
station, a wildlife-rescue station's recruitment result, a solar street-lamp tender, a law firm on
air-conditioner noise, a residents' key-cutting service point, a luopan craft association's
minutes, a thermos factory's anniversary speech and a plastering school's course page.
Invented text; see ../README.md."""

CASES = [
    dict(
        slug="hospital-renkang-tetanus-clinic-notice-text",
        site="蘅阳县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.hyxrmyy.example.com/yygg/20260305/1187.html",
        title="关于开设破伤风免疫预防门诊的公告",
        record_title="关于开设破伤风免疫预防门诊的公告-蘅阳县人民医院",
        date="2026-03-05",
        notes="hospital text page: -site title; the clinic's consultation phone (kept) beside the hospital's switchboard and booking line at the top; a fee table; a 'health science' list at the bottom",
        page="""
!m 蘅阳县人民医院　二级甲等综合医院
!m 总机：0734-5221120　预约挂号：0734-5226000
!m 首页 » 医院公告
!t 关于开设破伤风免疫预防门诊的公告-蘅阳县人民医院
!m 发布者：医务科　发布时间：2026年3月5日　浏览：467次
{BODY}
!l 健康科普：被铁钉扎伤后该怎么处理？｜ 狗咬伤后的正确处置
!d 本网站信息仅供参考，不能作为诊断和治疗的依据
""",
        body="""
为规范外伤患者破伤风预防处置，降低破伤风发病风险，我院急诊科于3月9日起开设破伤风免疫预防门诊。
一、服务内容：外伤后破伤风风险评估、破伤风疫苗接种、破伤风免疫球蛋白注射。
二、门诊时间：每日8:00至17:30，节假日不休息。
三、收费标准
项目　单价（元）
吸附破伤风疫苗（每剂）　35
破伤风人免疫球蛋白（250IU）　148
四、温馨提示：外伤后应尽早到医院处理伤口，不要自行用泥土、草木灰等涂抹伤口。
咨询电话：0734-5226630（急诊科破伤风门诊）。
蘅阳县人民医院
2026年3月5日
""",
    ),
    dict(
        slug="university-linye-arboretum-open-day-html",
        site="琅山林业大学 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lsfu.example.edu.cn/info/1013/20471.htm",
        title="关于树木园面向社会公众开放的通知",
        record_title="关于树木园面向社会公众开放的通知-琅山林业大学",
        date="2026-04-10",
        notes="university portal: -site title; 日期/点击 line; a booking sentence telling visitors to 关注/预约 (kept); a visiting-hours table; quick links and a footer with a postcode",
        page="""
<html><head><meta charset="utf-8"><title>关于树木园面向社会公众开放的通知-琅山林业大学</title></head><body>
<div class="header">⟦m 琅山林业大学 LANGSHAN FORESTRY UNIVERSITY⟧ ⟦a 信息门户 | 图书馆 | 邮箱 | English⟧</div>
<div class="menu">⟦m 学校概况　院系设置　教育教学　科学研究　招生就业　校园文化⟧</div>
<div class="main"><h1>{T}</h1>
<div class="info">⟦m 日期：2026-04-10　作者：后勤处　点击：[2874]⟧</div>
{BODY}
</div>
<div class="quick">⟦l 快速链接：校历 | 办事指南 | 信息公开 | 校友会⟧</div>
<div class="footer">⟦m 地址：琅山市林学路9号　邮编：650233⟧ ⟦d 琅山林业大学版权所有⟧</div>
</body></html>
""",
        body="""
为发挥学校树木园的科普教育功能，经学校研究，树木园自2026年4月15日起面向社会公众开放。
一、开放时间
时段　时间
工作日　14:00—17:00
周末及节假日　9:00—17:00
二、预约方式：参观者须提前一天关注“琅林后勤”公众号进行实名预约，每日限约八百人。
三、参观须知：请勿攀折花木、采摘果实，禁止携带宠物和烟火入园。
后勤处
2026年4月10日
""",
    ),
    dict(
        slug="localbbs-qinglin-signal-timing-repost-html",
        site="青林在线 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="html",
        source="https://www.qinglinzx.example.com/thread-210883-1-1.html",
        title="关于调整城区部分路口交通信号灯配时的通告",
        record_title="关于调整城区部分路口交通信号灯配时的通告 - 青林交通 - 青林在线",
        date="2026-07-20",
        date_also=["2026-07-21"],
        notes="county forum in HTML: a repost with the poster's aside, a crossing table, post date differs from the 通告's date (both accepted); a 'hot threads' box; sign-in prompt",
        page="""
<html><head><meta charset="utf-8"><title>关于调整城区部分路口交通信号灯配时的通告 - 青林交通 - 青林在线</title></head><body>
<div class="top">⟦m 青林在线 · 青林人自己的论坛⟧ ⟦a 签到领金币 ｜ 登录⟧</div>
<div class="crumb">⟦m 青林在线 › 青林交通 › 帖子详情⟧</div>
<div class="post"><h1>{T}</h1>
<p class="au">⟦m 路口观察员　2026-07-21 07:45　来自 手机版⟧</p>
<p>⟦m 交警公众号刚发的，天天走这几个路口的注意了⟧</p>
{BODY}
</div>
<div class="hot">⟦l 本版热帖⟧ ⟦l 环城北路夜间施工封道⟧ ⟦l 新开的公交12路站点一览⟧</div>
<div class="ft">⟦d 帖子内容仅代表网友个人观点，与本站无关⟧</div>
</body></html>
""",
        body="""
为提高城区道路通行效率，县公安局交通警察大队决定自2026年7月25日起调整城区部分路口交通信号灯配时，现通告如下：
路口　调整内容
人民路—建设路口　早高峰东西向绿灯延长15秒
新华路—环城东路口　增设左转专用相位
学府路—青林大道口　上下学时段行人绿灯延长10秒
请广大驾驶人和行人按照信号灯指示通行。
特此通告。
青林县公安局交通警察大队
2026年7月20日
""",
    ),
    dict(
        slug="download-wenjuan-ossuary-rules-wps",
        site="文卷资料网 (invented)",
        style="资料下载站",
        genre="制度",
        kind="regulation",
        form="text",
        source="http://www.wenjuanzl.example.com/zhidu/44210.html",
        title="蒲阳县公益性骨灰堂管理办法",
        record_title="蒲阳县公益性骨灰堂管理办法.wps",
        date="2026-02-03",
        notes="download station as text: file-name title; a file-info block; a points/download row; an 'unzip password' line; a disclaimer; articles of the rules with 扫码/打印 (kept)",
        page="""
!m 文卷资料网 — 专业文档下载
!m 资料分类：制度范本 > 民政殡葬
!t 蒲阳县公益性骨灰堂管理办法.wps
!m 资料大小：41KB　资料格式：WPS　授权方式：免费　更新：2026-03-11
!a 点击下载（需登录）　| 加入收藏
!m 解压密码：www.wenjuanzl.example.com
{BODY}
!d 声明：本站资料均来源于互联网，版权归原作者所有，如有侵权请联系删除
""",
        body="""
第一条　为加强公益性骨灰堂管理，规范骨灰寄存服务，根据《殡葬管理条例》，制定本办法。
第二条　公益性骨灰堂由乡镇人民政府负责建设和管理，不得以营利为目的。
第三条　寄存骨灰时，寄存人应出示死者火化证明和本人身份证件，办理寄存手续后领取寄存证。
第四条　寄存人可扫描格位上的二维码查询寄存信息，寄存证遗失的，可凭身份证件到管理处打印补办。
第五条　骨灰堂内禁止燃放烟花爆竹、焚烧纸钱，祭扫应使用鲜花等文明方式。
第六条　本办法自发布之日起施行。
蒲阳县民政局
2026年2月3日
""",
    ),
    dict(
        slug="rsks-anze-wildlife-rescue-result-publicity",
        site="安泽市人事考试网 (invented)",
        style="人事考试网",
        genre="公示",
        kind="notice",
        form="text",
        source="https://www.anzersks.example.gov.cn/gsgg/202609/t20260922_1802.html",
        title="安泽市野生动物救护站2026年公开招聘工作人员拟聘用人员公示",
        record_title="安泽市野生动物救护站2026年公开招聘工作人员拟聘用人员公示",
        date="2026-09-22",
        notes="personnel-exam site as text: a results table (one row a paragraph), the station's supervision phone (kept) beside the site's hotline; 公示期 line; the page's date line",
        page="""
!m 安泽市人事考试网
!m 首页 > 公示公告
{T}
!m 来源：市林业局　时间：2026-09-22　字号：大 中 小
{BODY}
!w 考试服务热线：0351-7712345（工作日）
!l 上一篇：2026年下半年教师资格考试考务通知
!m 安泽市人力资源和社会保障局主办
""",
        body="""
根据安泽市野生动物救护站2026年公开招聘工作人员公告，经笔试、面试、体检和考察，现将拟聘用人员名单公示如下：
岗位　姓名　性别　总成绩
兽医岗　崔明远　男　82.46
兽医岗　邬晴　女　80.13
饲养管理岗　梅子航　男　77.90
公示期为2026年9月22日至9月28日。公示期间，如有异议，请向市林业局人事科反映，监督电话：0351-7705261。
安泽市林业局
2026年9月22日
""",
    ),
    dict(
        slug="tender-yangguang-solar-lamp-html-lots",
        site="漳屿县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://zfcg.zhangyu.example.gov.cn/cggg/2026/0608/6631.html",
        title="漳屿县农村太阳能路灯采购项目公开招标公告",
        record_title="漳屿县农村太阳能路灯采购项目公开招标公告_采购公告_漳屿县政府采购网",
        date="2026-06-08",
        notes="procurement portal: _column_site title; a lot table; buyer and agency contacts (kept) beside the platform's service line; a 'bid-document download' sentence kept; CA login row",
        page="""
<html><head><meta charset="utf-8"><title>漳屿县农村太阳能路灯采购项目公开招标公告_采购公告_漳屿县政府采购网</title></head><body>
<div class="top">⟦m 漳屿县政府采购网⟧ ⟦a 供应商登录 | CA登录 | 注册⟧</div>
<div class="crumb">⟦m 首页 > 采购公告 > 公开招标⟧</div>
<h2>{T}</h2>
<div class="d">⟦m 发布时间：2026-06-08 17:20:05　浏览次数：742⟧</div>
{BODY}
<div class="svc">⟦w 平台服务热线：400-105-6690⟧</div>
<div class="ft">⟦m 漳屿县财政局主办⟧ ⟦m 闽公网安备 35062902000711号⟧</div>
</body></html>
""",
        body="""
项目概况：漳屿县农村太阳能路灯采购项目招标项目的潜在投标人应在漳屿县政府采购网下载招标文件，并于2026年6月29日9点30分前递交投标文件。
一、项目基本情况
包号　采购内容　预算金额（万元）
1　太阳能路灯（6米）860套　258
2　太阳能路灯（8米）240套　96
二、获取招标文件：2026年6月9日至6月15日，登录本网站免费下载。
三、联系方式
采购人：漳屿县农业农村局，联系人：卓先生，电话：0596-3120417
采购代理机构：闽南建信项目管理有限公司，联系人：黎女士，电话：0596-3157729
""",
    ),
    dict(
        slug="lawfirm-heming-ac-noise-neighbour-text",
        site="和鸣律师事务所 (invented)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.hemingls.example.com/article/2026/08/1412.html",
        title="邻居空调外机正对我家窗户噪音大，怎么办？",
        record_title="【律师说法】邻居空调外机正对我家窗户噪音大，怎么办？",
        date="2026-08-03",
        notes="law-firm article as text: decorated title; 发布于 line (the page's date); the firm's consult prompt and a disclaimer at the bottom; numbered advice",
        page="""
!m 和鸣律师事务所 | 民事纠纷 · 婚姻家事 · 劳动争议
!t 【律师说法】邻居空调外机正对我家窗户噪音大，怎么办？
!m 文 / 章雨桐 律师　发布于 2026年8月3日　阅读 1963
{BODY}
!w 遇到类似纠纷？免费咨询专线 0571-8890 6612，或在线留言
!d 本文为普法文章，不作为具体案件处理依据。
!l 推荐阅读：楼上漏水谁来赔？
""",
        body="""
夏季空调使用频繁，邻居空调外机安装位置不当引发的纠纷时有发生。
根据民法典的规定，不动产权利人不得违反国家规定排放噪声等有害物质，相邻各方应当按照有利生产、方便生活的原则处理相邻关系。
遇到这种情况，建议您：
1.先与邻居友好协商，请其调整外机位置或加装减震降噪装置。
2.协商不成的，可以请物业或居委会出面调解。
3.仍不能解决的，可以委托检测机构测量噪声，以检测结果为证据向法院提起诉讼，要求排除妨害。
""",
    ),
    dict(
        slug="community-peiyaoshi-key-cutting-point-html",
        site="柳荫里社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.liuyinli.example.com/sqdt/20260412.html",
        title="社区便民服务点新增配钥匙、修锁服务",
        record_title="社区便民服务点新增配钥匙、修锁服务",
        record_date="2026-04-12",
        date="2026-04-12",
        notes="residents' site: the record gives the date; the service point's own phone (kept) beside the community's hotline in the footer; a volunteer sign-up button glued after a line; likes and comments",
        page="""
<html><head><meta charset="utf-8"><title>社区便民服务点新增配钥匙、修锁服务</title></head><body>
<div class="hd">⟦m 柳荫里社区网 · 有事找社区⟧</div>
<div class="nav">⟦m 社区动态 | 便民服务 | 志愿者之家 | 居民议事⟧</div>
<h2>{T}</h2>
<p class="info">⟦m 社区居委会　2026年4月12日　阅读 341⟧</p>
{BODY}
<p class="bar">⟦l 👍 点赞 42　💬 评论 5⟧</p>
<div class="ft">⟦m 柳荫里社区居委会 24小时值班电话：0532-85561207⟧</div>
</body></html>
""",
        body="""
为方便居民生活，社区便民服务点从4月15日起新增配钥匙、修锁服务。
服务地点：社区党群服务中心一楼东侧便民服务点。
服务时间：每周二、周五上午8:30至11:30。
收费标准：普通钥匙每把三元，防盗门钥匙每把十元，修锁只收配件费。
服务由退休锁匠胡师傅志愿提供，如需上门服务，请提前预约，预约电话：13869215507。⟦a 我也想当志愿者→点此报名⟧
""",
    ),
    dict(
        slug="association-luopan-craft-council-minutes",
        site="婺川罗盘制作技艺保护协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.wcluopan.example.org/xhdt/2026/0117/61.html",
        title="婺川罗盘制作技艺保护协会二届四次理事会会议纪要",
        record_title="婺川罗盘制作技艺保护协会二届四次理事会会议纪要",
        date="2026-01-16",
        notes="association minutes as text: 时间/地点/主持/出席/列席/记录 lines and a vote count kept; a 发布 line with a different date (the meeting's date expected, the posting date also accepted); a member-login row",
        date_also=["2026-01-17"],
        page="""
!m 婺川罗盘制作技艺保护协会
!a 会员登录　｜　入会申请　｜　联系我们
!m 协会动态 > 会议纪要
{T}
!m 发布：秘书处　2026-01-17
{BODY}
!l 【上一条】协会赴徽州考察学习纪实
!l 【下一条】2026年罗盘技艺研习班招生简章
!d 协会官网 · 转载请注明来源
""",
        body="""
时间：2026年1月16日上午9时
地点：协会会议室
主持：吴伯年（会长）
出席：理事十五人
列席：监事二人
记录：汪芷
会议审议并通过了以下事项：
一、审议通过《2025年工作报告》和《2025年度财务收支情况报告》。
二、同意吸收罗盘制作、木刻雕版等技艺从业者八人为新会员。
三、决定2026年举办罗盘制作技艺研习班两期，每期招收学员十名。
表决结果：同意十五票，反对零票，弃权零票。
""",
    ),
    dict(
        slug="corp-nuanhu-thermos-anniversary-speech",
        site="暖壶牌保温瓶厂官网 (invented)",
        style="企业官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.nuanhu-thermos.example.com/news/2026/1020.html",
        title="在建厂六十周年纪念大会上的讲话",
        record_title="在建厂六十周年纪念大会上的讲话 丨 暖壶牌保温瓶",
        date="2026-10-18",
        notes="company site as text: decorated title; speaker line and date under the title (neutral); a '400' sales line and an online-shop prompt as chrome; a product nav",
        page="""
!m 暖壶牌 · 一壶暖了六十年
!m 首页 / 关于暖壶 / 产品中心 / 新闻中心 / 网上商城
!t 在建厂六十周年纪念大会上的讲话 丨 暖壶牌保温瓶
厂长　邹庆和
（2026年10月18日）
{BODY}
!w 全国销售热线 400-119-6018　官方旗舰店 搜索“暖壶牌”
!d 版权所有 © 暖壶牌保温瓶厂
""",
        body="""
各位老同事、各位职工同志们：
六十年前，十几位老师傅在一间旧仓库里吹出了第一只暖水瓶胆。六十年来，暖壶牌保温瓶走进了千家万户。
我们经历过辉煌，也经历过困难。上世纪九十年代市场变化，工厂一度停产，是全厂职工咬紧牙关，开发不锈钢保温杯，才让工厂重新站了起来。
今天，我们的产品出口三十多个国家和地区，年销售额突破五亿元。
下一个六十年，希望大家守住品质，勇于创新，让暖壶牌继续温暖更多人。谢谢大家！
""",
    ),
    dict(
        slug="training-mohui-plastering-course-html",
        site="抹灰匠职业培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="html",
        source="https://www.mohuijiang.example.com/course/mohui-2026.html",
        title="抹灰工（初级）职业技能培训招生简章",
        record_title="抹灰工（初级）职业技能培训招生简章_抹灰匠职业培训学校",
        date=None,
        notes="training-school page: the school's enrolment phone in the brochure (kept) beside a floating consult box and 400 line; a course table; 'free trial' and 'online sign-up' buttons; no date",
        page="""
<html><head><meta charset="utf-8"><title>抹灰工（初级）职业技能培训招生简章_抹灰匠职业培训学校</title></head><body>
<div class="hd">⟦m 抹灰匠职业培训学校 · 学手艺 好就业⟧ ⟦w 招生热线 400-996-3217⟧</div>
<div class="nav">⟦m 首页　培训项目　学员风采　就业推荐　在线报名⟧</div>
<h1>{T}</h1>
{BODY}
<div class="btn">⟦a 免费试学三天　在线报名⟧</div>
<div class="float">⟦w 微信咨询：mohui_laoshi 　扫码加老师领取学习资料⟧</div>
<div class="ft">⟦m 办学许可证号：人社民4201062026018号⟧ ⟦d ©抹灰匠职业培训学校⟧</div>
</body></html>
""",
        body="""
一、培训对象：年满十六周岁、身体健康、有意从事建筑装饰行业的城乡劳动者。
二、培训内容
模块　课时
墙面基层处理与找平　40
内外墙抹灰工艺　80
石膏线条与修补　40
三、培训费用：按照职业技能提升行动有关政策，取得证书的学员可申领培训补贴。
四、报名地点：学校招生办（汉江路112号），报名电话：027-84553190。
""",
    ),
]
