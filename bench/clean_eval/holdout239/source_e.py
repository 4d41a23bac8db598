"""holdout239, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (one HTML and one text page each).

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-liuyin-notice-new-plates-grid-box",
        site="骎湖区柳荫社区网站 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.qhliuyin.org.cn/tzgg/2025/0509/308.html",
        title="关于更换新版门牌的通知",
        record_title="【门牌换新告知】关于更换新版门牌的通知 - 柳荫社区",
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes=(
            "residents' site: weather line, a grid member's box with a mobile, a property duty line beside the "
            "community's own 咨询电话 in the body; 扫描二维码登记 as content; posting date also accepted"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【门牌换新告知】关于更换新版门牌的通知 - 柳荫社区</title></head><body>
<div class="sq-top">⟦m 柳荫社区⟧ <span>⟦m 骎湖区柳荫街道⟧</span> <span>⟦m 今天 晴转多云 18℃~29℃ 空气良⟧</span></div>
<div class="sq-nav">⟦m 首页　社区公告　办事指南　志愿服务　邻里圈⟧</div>
<div class="sq-path">⟦m 首页 › 社区公告⟧</div>
<h2>{T}</h2>
<div class="sq-info">⟦m 发布：社区居委会　2025-05-09　阅读 1026⟧</div>
<div class="sq-con">
{BODY}
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　汪春渚　手机：139 0873 2271⟧</p></div>
<div class="sq-wuye">⟦m 物业24小时值班：0736-7850999⟧</div>
<div class="sq-ft">⟦m 柳荫社区居民委员会　地址：槐序巷12号⟧ ⟦d 社区网站信息仅供居民参考⟧</div>
</body></html>
""",
        body="""
各位居民：
根据骎湖区门牌号规范整治工作安排，我社区将于5月12日至5月30日对辖区柳荫路、槐序巷沿线住宅楼及商铺统一更换新版门牌。现将有关事项通知如下：
一、新版门牌由区民政局统一制作，社区工作人员和志愿者上门安装，不收取任何费用。
二、安装人员均佩戴工作证，如遇有人上门以更换门牌为由收费，请立即拒绝并拨打社区电话反映。
三、门牌号码有调整的住户，请扫描新门牌上的二维码登记联系方式，社区将统一协助办理地址变更证明。
四、商铺门牌安装需要占用店面外墙，请各商户予以配合。
社区咨询电话：0736-7850612（工作日8:30—17:30）
骎湖区柳荫社区居民委员会
2025年5月8日
""",
    ),
    dict(
        slug="community-liuyin-pledge-outdoor-blinds-oneline",
        site="骎湖区柳荫社区网站 (invented, text view)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.qhliuyin.org.cn/tzgg/2025/0321/281.html",
        title="关于高层住户检查外置百叶窗安全的倡议书",
        record_title="〔平安社区〕关于高层住户检查外置百叶窗安全的倡议书",
        date="2025-03-20",
        notes="the whole body on one line (paragraphs apart only by their indent); 成文日期 in Chinese numerals; community header and footer",
        page="""
!m 柳荫社区 › 社区公告
!t 〔平安社区〕关于高层住户检查外置百叶窗安全的倡议书
!m 阅读 688　｜　分享给邻居
{BODY}
!l 上一条：关于更换新版门牌的意见征集
!m 柳荫社区居民委员会　便民服务电话：0736-7850612
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友们：
近期我市进入大风多发季节，小区部分高层住户阳台外侧安装的百叶窗、遮阳帘存在松动、锈蚀现象，一旦被大风吹落，极易砸伤楼下行人、砸坏车辆。为此，社区向全体居民发出如下倡议：
一、请自查阳台和窗外的百叶窗、遮阳帘，发现固定螺丝松动、支架锈蚀的，及时请专业人员加固或拆除。
二、大风天气请收起外置百叶窗叶片，关好门窗，不在阳台外侧晾晒、摆放物品。
三、发现邻居家外置设施有坠落危险的，请及时告知物业或社区。
高空无小事，安全靠大家。让我们携起手来，守护头顶上的安全！
骎湖区柳荫社区居民委员会
二〇二五年三月二十日
""",
    ),
    dict(
        slug="assoc-jichuan-watchparts-pledge-label-head",
        site="骥川县钟表配件行业协会网站 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.jcwatchparts.org.cn/xhdt/2025/0416/96.html",
        title="关于规范表带材料标识的倡议书",
        record_title="【会员倡议】关于规范表带材料标识的倡议书 - 骥川县钟表配件行业协会",
        date="2025-04-15",
        notes=(
            "association site: the association's name in the header is also the signature (matched as head); "
            "member-login row and a member hotline; numbered list; 分享 as content"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【会员倡议】关于规范表带材料标识的倡议书 - 骥川县钟表配件行业协会</title></head><body>
<div class="xh-top"><span class="name">⟦m 骥川县钟表配件行业协会⟧</span> <a>⟦a 会员登录⟧</a> <a>⟦a 入会申请⟧</a></div>
<div class="xh-nav">⟦m 首页　协会概况　协会动态　会员风采　行业标准⟧</div>
<div class="xh-path">⟦m 首页 ＞ 协会动态 ＞ 自律倡议⟧</div>
<h1>{T}</h1>
<div class="xh-meta">⟦m 日期：2025-04-16　来源：协会秘书处⟧</div>
<div class="xh-con">
{BODY}
</div>
<div class="xh-side"><h4>⟦l 协会动态⟧</h4><ul><li>⟦l 协会组团参加深圳钟表展⟧</li><li>⟦l 表带团体标准起草启动会召开⟧</li></ul></div>
<div class="xh-ft"><p>⟦m 会员服务专线：0736-7819655⟧</p><p>⟦m ©2025 骥川县钟表配件行业协会 版权所有⟧</p></div>
</body></html>
""",
        body="""
全县表带生产经营企业：
近年来，部分商家在网店和包装上将人造革表带标为“真皮”，将不锈钢表带标为“钛合金”，损害了消费者权益，也损害了“骥川表带”的整体声誉。为此，协会向全体会员单位和全县表带企业发出如下倡议：
1.如实标注材质。皮革、金属、硅胶、织物等材质应按实际标注，不夸大、不混淆。
2.主动标明关键指标。金属表带应标明是否含镍，皮革表带应标明鞣制方式。
3.接受社会监督。欢迎消费者和同行对标识不实行为进行举报，协会将在会员通报中点名。
4.请各会员单位将本倡议书分享至本企业员工群和网店客服群，做到人人知晓。
骥川县钟表配件行业协会
2025年4月15日
""",
        date_also=["2025-04-16"],
    ),
    dict(
        slug="assoc-aocheng-tower-council-minutes-vote-record",
        site="骜城市通信铁塔行业协会网站 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.actta.org.cn/hyjy/2025/0224/51.html",
        title="骜城市通信铁塔行业协会第二届理事会第三次会议纪要",
        date="2025-02-21",
        notes=(
            "record title as is; minutes with 时间/地点/主持/出席/记录 lines and a vote count (the 时间 line gives "
            "the date); the page's posting date also accepted"
        ),
        date_also=["2025-02-24"],
        page="""
!m 骜城市通信铁塔行业协会
!m 首页 | 协会动态 | 会议纪要 | 会员单位 | 联系我们
{T}
!m 秘书处　2025-02-24
{BODY}
!l 往期纪要：第二届理事会第二次会议纪要
!m 协会秘书处电话：0736-7715320　邮箱：actta_msc@163.com
!m 骜城市通信铁塔行业协会 版权所有
""",
        body="""
时间：2025年2月21日14:30
地点：协会会议室
主持：会长　岑伯庸
出席：理事19人（应到21人）
记录：秘书处　蒲嘉
会议审议并表决通过了以下事项：
一、《协会2024年工作报告》。
二、《会员单位信号塔共建共享自律公约》，表决结果：同意18票，反对0票，弃权1票。
三、增补骜城市华澜建设有限公司为理事单位。
会议要求，各理事单位要带头落实共建共享公约，新建信号塔须先在协会平台查询周边已有站址，能共享的不再新建，避免重复建设。
会议决定，2025年协会重点开展信号塔美化改造技术交流和从业人员登高安全培训两项工作，由秘书处牵头制定具体方案。
""",
    ),
    dict(
        slug="company-hengyu-vane-wind-test-title-glued",
        site="衡羽金属工艺官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hengyu-metal.com/news/company/2025-0612.html",
        title="我公司XF-300型不锈钢风向标通过12级抗风测试",
        record_title="公司快讯 » 我公司XF-300型不锈钢风向标通过12级抗风测试 | 衡羽金属工艺",
        date="2025-06-12",
        notes=(
            "company site: cookie notice, service float, the title repeated and glued before the lead; "
            "a dotted date is the page's date"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>公司快讯 » 我公司XF-300型不锈钢风向标通过12级抗风测试 | 衡羽金属工艺</title></head><body>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续浏览即表示同意⟧ <button>⟦a 我知道了⟧</button></div>
<header>⟦m 衡羽金属工艺⟧ <nav>⟦m 首页　产品中心　企业新闻　工程案例　联系我们⟧</nav></header>
<div class="crumb">⟦m 首页 / 企业新闻 / 公司动态⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025.06.12　浏览 339⟧</div>
<div class="news-body">
{BODY}
</div>
<div class="prev-next"><p>⟦l 上一条：衡羽工艺亮相城市景观雕塑展⟧</p><p>⟦l 下一条：海岛气象站定制风向标顺利交付⟧</p></div>
<div class="service-float">⟦w 在线客服⟧ ⟦w 销售热线：400-827-1165⟧</div>
<footer>⟦m 骜城市衡羽金属工艺有限公司　地址：骜城市港湾工业园8栋⟧ ⟦m 滇ICP备19041270号⟧</footer>
</body></html>
""",
        body="""
⟦t 我公司XF-300型不锈钢风向标通过12级抗风测试⟧近日，我公司自主研发的XF-300型不锈钢风向标在省级产品质量检验机构完成抗风性能测试，在模拟12级大风条件下连续运转2小时，结构无变形、转动无卡滞，各项指标均达到设计要求。
XF-300型风向标主体采用316不锈钢激光切割，表面经电解抛光处理，适用于沿海高盐雾地区。产品转轴采用双轴承结构，起转风速低至每秒0.5米；方位指示可根据客户需要定制中英文字样。
目前，该产品已应用于骜城港客运码头、多所学校气象园和部分景区，累计销售1200余套。公司将继续加大研发投入，推出更多兼具实用性与观赏性的风向标产品。
""",
    ),
    dict(
        slug="company-qianlan-recall-kids-blinds-record",
        site="骞澜窗饰官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.qianlan-blinds.com/gonggao/20250312.html",
        title="关于召回部分儿童房百叶窗产品的公告",
        record_title="关于召回部分儿童房百叶窗产品的公告_召回信息_骞澜窗饰官网",
        record_date="2025-03-12",
        date="2025-03-12",
        notes=(
            "company recall as text; the record gives the date; recalled batches one row a paragraph; the recall "
            "line in the body beside the site's 400 order line"
        ),
        page="""
!m 骞澜窗饰　让每一扇窗都安心
!m 首页 / 关于我们 / 公司公告
{T}
!m 发布人：骞澜窗饰　浏览次数：2814
{BODY}
!w 选购咨询、下单热线：400-816-9900
!l 产品中心：铝合金百叶｜木百叶｜电动百叶
!m 骞澜窗饰（骥川）有限公司　版权所有
""",
        indent="\u3000\u3000",
        body="""
本公司在产品安全排查中发现，2024年9月至2025年2月生产的部分儿童房卡通百叶窗，拉绳安全固定器存在卡扣易松脱的缺陷，可能导致拉绳垂落，存在儿童缠绕窒息风险。为保障消费者安全，本公司决定召回上述产品。
型号　生产批次　数量
KT-2201　240915至241230　3162套
KT-2203　241105至250226　2417套
消费者可查看百叶窗底轨内侧标签上的型号和批次。属于召回范围的，本公司将免费上门更换新型一体式安全固定器；不便更换的，可选择全额退货。
在召回完成前，请消费者将拉绳收起并系在高处，避免儿童接触。
召回咨询电话：400-816-2207（每天8:00—20:00）
骞澜窗饰（骥川）有限公司
2025年3月12日
""",
    ),
    dict(
        slug="training-jiangxin-strap-course-brochure",
        site="驺水匠心手作培训中心 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.zsjiangxin.com/course/strap-weekend.html",
        title="表带手工制作周末班招生简章",
        record_title="【周末手作课】表带手工制作周末班招生简章（每期限招10人）｜匠心手作",
        date=None,
        notes=(
            "training school: promo banner, a consult float with an adviser's WeChat beside the school's own "
            "报名电话 in the body; a brochure without a date"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【周末手作课】表带手工制作周末班招生简章（每期限招10人）｜匠心手作</title></head><body>
<div class="promo">⟦a 老学员带新学员，两人同报立减100元⟧</div>
<header>⟦m 匠心手作培训中心⟧ <nav>⟦m 首页　皮艺课程　木作课程　师资团队　学员作品⟧</nav></header>
<div class="path">⟦m 首页 › 皮艺课程 › 周末班⟧</div>
<h1>{T}</h1>
<div class="views">⟦m 已有 1,208 人浏览⟧</div>
<div class="course">
{BODY}
</div>
<div class="gallery">⟦l 学员作品展示：复古油蜡皮表带　鳄鱼纹表带　帆布拼皮表带⟧</div>
<div class="float">⟦w 课程顾问微信：jx_shouzuo01⟧ ⟦a 免费试听⟧</div>
<footer>⟦m 驺水匠心手作培训中心　©2025⟧</footer>
</body></html>
""",
        body="""
想给自己或家人做一条独一无二的手表带吗？驺水匠心手作培训中心皮艺工作室推出表带手工制作周末班，零基础也能学会。
一、课程内容：认识皮料与工具；表带纸样设计；裁皮、削边、打孔；手缝马鞍针；封边与打磨；安装生耳与表扣。
二、课时安排：每期两天，周六、周日9:00—16:30，共12课时。
三、学费：980元，含全部材料和工具使用费，学员作品可带走。
四、开班时间：每月第二个周末，每期限招10人，满额即止。
五、报名方式：到店报名或电话报名，报名电话：0738-6613579。
上课地址：驺水县文昌路86号二楼。
""",
    ),
    dict(
        slug="training-zhiyuan-plates-collector-course-text",
        site="骥川县致远职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.jczhiyuan.net/zsjz/2025/mpcj.html",
        title="门牌地址采集员岗前培训班招生简章",
        record_title="〔开班通知〕门牌地址采集员岗前培训班招生简章（含实操考核）- 致远职业培训学校",
        date=None,
        notes="training school as text: numbered course list, the school's own 电话 in the body beside a consult line; no date",
        page="""
!m 致远职业培训学校　学一技之长，谋一份好工作
!m 首页 > 招生简章 > 短期培训
!t 〔开班通知〕门牌地址采集员岗前培训班招生简章（含实操考核）
!m 浏览次数：577　最后更新：3 周前
{BODY}
!a 在线报名　｜　预约试听
!w 课程咨询请加招生老师QQ：3306172245
!m 骥川县致远职业培训学校　办学许可证号：教民153032770000123号
""",
        body="""
为满足各地门牌地址信息采集工作需要，我校开设门牌地址采集员岗前培训班，面向社会招收学员。
一、培训对象：年满18周岁，高中及以上学历，能熟练使用智能手机的社会人员。
二、培训内容：
1.门牌编号规则与标准地址构成；
2.地址采集APP操作与常见错误处理；
3.入户沟通技巧与信息安全要求；
4.实地采集实训。
三、培训时长：5天，理论2天、实操3天。
四、考核发证：结业考核合格者，由学校颁发培训结业证书，并优先推荐到合作单位上岗。
五、收费标准：每人1200元，含教材费和实训费。
六、报名咨询：骥川县致远职业培训学校教务处，电话0736-7866024。
""",
    ),
    dict(
        slug="fanwenapp-bilu-report-grid-worker-plates-h5",
        site="笔录范文APP 分享页 (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.biluapp.cn/share/art/338817?from=wx",
        title="社区网格员个人述职报告",
        record_title="社区网格员个人述职报告（年终必备）｜笔录范文",
        date="2025-01-06",
        notes=(
            "writing-app H5 share: open-app mask, a fold with 'expand' action, an AI-rewrite button glued after a "
            "。; 述职人 line and date at the end"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>社区网格员个人述职报告（年终必备）｜笔录范文</title></head><body>
<div class="mask">⟦a 在笔录APP内打开，体验更流畅⟧ <button>⟦a 打开⟧</button></div>
<div class="app-head">⟦m 笔录范文⟧ <span>⟦m 随手一录，材料不愁⟧</span></div>
<h1>{T}</h1>
<div class="art-meta">⟦m 1.6万人看过　收录于“述职述廉”合集⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="fold">⟦a 展开剩余38%⟧</div>
<div class="art-act">⟦a 一键复制⟧ ⟦a 导出Word⟧ ⟦a 换个写法⟧</div>
<div class="more"><h4>⟦l 大家还在看⟧</h4><p>⟦l 社区书记年度述职报告⟧</p><p>⟦l 网格员年度工作总结（3篇）⟧</p></div>
<div class="app-foot">⟦m 笔录范文APP · 下载量超千万⟧</div>
</body></html>
""",
        body="""
2024年，我在柳荫社区第三网格担任专职网格员，负责辖区486户居民的信息采集、隐患排查和便民服务工作。现将一年来的履职情况报告如下。
一、基础信息更准了。结合全区门牌整治，我逐户核对门牌号与人口信息，发现并上报重号、错号门牌37处，全部整改到位，网格内“人、房、址”对应率达到100%。⟦a ✦AI帮我改写这段⟧
二、服务群众更实了。全年走访入户1900余次，帮助独居老人代办事项62件，调解邻里纠纷11起。
三、隐患排查更细了。排查消防通道堵塞、电动车楼道充电等隐患54处，督促整改54处。
存在的不足是：信息化手段运用还不够熟练，部分台账更新不及时。新的一年，我将进一步提升业务能力，把网格服务做得更细更实。
述职人：汪春渚
2025年1月6日
""",
    ),
    dict(
        slug="fanwenapp-molix-host-script-vanes-oneline",
        site="墨犁范文APP (invented, text export)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://share.molixapp.com/t/91520448",
        title="校园风向标制作大赛颁奖仪式主持词",
        record_title="（直接套用版）校园风向标制作大赛颁奖仪式主持词 - 墨犁范文APP",
        date=None,
        notes="app share exported as text with the whole body on one line; a host script with stage directions; no date",
        page="""
!m 墨犁范文APP · 分享
!t （直接套用版）校园风向标制作大赛颁奖仪式主持词
!m 来自墨犁用户“麦田里的老师”的分享　·　收藏 402
{BODY}
!a 下载墨犁APP，解锁10万+主持词
!m 墨犁范文　molixapp.com
""",
        oneline=True,
        body="""
尊敬的各位老师，亲爱的同学们：
大家下午好！
秋风送爽，硕果满枝。经过一个月的精心制作和两周的实地观测，我校首届“追风少年”风向标制作大赛今天迎来了颁奖时刻。
本次大赛共收到参赛作品86件，同学们用易拉罐、木片、塑料瓶等材料，做出了形态各异的风向标，有的像火箭，有的像小鱼，还有的像一只展翅的雄鹰。
下面，请科学组周老师宣读获奖名单。
（宣读名单）
让我们用热烈的掌声向获奖同学表示祝贺！下面有请校长为获奖同学颁奖。
（颁奖）
同学们，风向标告诉我们风从哪里来，也希望大家像风向标一样，始终找准自己前进的方向。本次颁奖仪式到此结束，谢谢大家！
""",
    ),
]
