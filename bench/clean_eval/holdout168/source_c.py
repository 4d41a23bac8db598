"""holdout168, part C. Invented documents, sites and chrome; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="community-heping-notice-gasmeter-entry",
        site="蘋川街道和顺社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.pcjd-heshun.cn/sqdt/2024/1104/218.html",
        title="和顺社区关于配合燃气表入户安检的通知",
        record_title="[社区公告] 和顺社区关于配合燃气表入户安检的通知",
        date="2024-11-04",
        notes="residents' site; community phone in the body next to the property's repair line and grid WeChat prompt",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>和顺社区关于配合燃气表入户安检的通知</title></head><body>
<div class="top">⟦m 蘋川街道和顺社区居民委员会⟧ ⟦m 邻里守望　和顺一家⟧</div>
<div class="nav">⟦m 社区首页 · 社区动态 · 便民服务 · 党建园地 · 居民议事⟧</div>
<div class="box"><h2>{T}</h2><div class="m">⟦m 发布人：社区办公室　2024-11-04⟧</div>
{BODY}
</div>
<div class="side">⟦m 物业报修：0772-3318800⟧<br>⟦w 添加网格员微信，入群了解更多社区事⟧</div>
<div class="foot">⟦m 和顺社区居委会　地址：蘋川街道和顺路16号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
11月6日至11月20日，燃气公司工作人员将对本社区1至14栋居民的燃气表、管道和灶具进行入户安全检查。
请居民朋友届时留人在家，配合检查。对检查中发现的表具老化、软管超期等隐患，请按整改单要求及时处理。
工作人员均佩戴统一工作证，检查不收费、不推销。如有疑问，请拨打社区电话0772-3310265。
和顺社区居民委员会
2024年11月4日
""",
    ),
    dict(
        slug="assoc-yexie-initiative-coconut-carvers",
        site="琼南椰雕行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.qnyxxh.org.cn/xhdt/2024/0315/127.html",
        title="关于规范椰雕原料收购和诚信经营的倡议书",
        record_title="【协会倡议】关于规范椰雕原料收购和诚信经营的倡议书",
        date="2024-03-15",
        notes="association site; join link glued before a line; 倡议 list",
        page="""
!m 琼南椰雕行业协会　QIONGNAN COCONUT CARVING ASSOCIATION
!m 首页 | 协会概况 | 协会动态 | 会员风采 | 入会指南
!m 协会动态
{T}
!m 时间：2024-03-15　　来源：协会秘书处
{BODY}
!a 【打印本文】　【关闭】
!m 协会地址：琼南市椰海大道207号　电话：0898-6612270
""",
        body="""
全市椰雕从业者：
近年来，我市椰雕产业规模不断扩大，但也出现了压价收购椰壳、以树脂仿制品冒充手工椰雕等问题，损害了行业声誉。为此，协会向全体从业者发出如下倡议：
一、公平收购。按质论价收购椰壳，不恶意压价，不拖欠农户货款。
二、明码标价。手工制品与机制品分开标示，不以仿制品冒充手工椰雕。
⟦a 还不是会员？点击在线申请入会⟧三、守护品牌。自觉使用协会统一的产地标识，接受社会监督。
琼南椰雕行业协会
2024年3月15日
""",
    ),
    dict(
        slug="corp-zhuxiang-news-bamboo-rice-line",
        site="竹乡食品有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zhuxiangfood.com/news/company/188.html",
        title="竹乡食品速冻竹筒饭生产线正式投产",
        record_title="竹乡食品速冻竹筒饭生产线正式投产 - 企业新闻 - 竹乡食品",
        date="2024-09-27",
        notes="company site with online-service float; photo caption between paragraphs; title glued to the lead",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>竹乡食品速冻竹筒饭生产线正式投产 - 企业新闻 - 竹乡食品</title>
<script>var _czc=[];</script></head><body>
<div class="hd">⟦m 竹乡食品　ZHUXIANG FOOD⟧ ⟦m 订购热线：400-870-2266⟧</div>
<div class="nav">⟦m 首页　关于我们　产品中心　新闻中心　招商加盟　联系我们⟧</div>
<div class="subnav">⟦m 新闻中心 &gt; 企业新闻⟧</div>
<div class="news"><h1>{T}</h1><div class="date">⟦m 2024-09-27　浏览：288⟧</div>
{BODY}
</div>
<div class="kf">⟦w 在线客服⟧ ⟦w 招商专线⟧</div>
<div class="ft">⟦d 版权所有 © 竹乡食品有限公司　未经许可不得复制⟧ ⟦m 桂ICP备18022019号⟧</div>
</body></html>
""",
        body="""
⟦t 竹乡食品速冻竹筒饭生产线正式投产⟧9月26日，公司年产3000吨速冻竹筒饭生产线在苕岭工业园正式投产。
新生产线采用竹筒清洗、灌装、蒸制、速冻一体化工艺，每小时可生产竹筒饭4800筒，产品可在零下18摄氏度条件下保存12个月。
⟦m 图为速冻竹筒饭生产线灌装车间⟧
投产后，公司每年可收购周边竹农的新鲜竹筒约600万节，带动苕岭乡200余户竹农增收。
""",
    ),
    dict(
        slug="training-jiangnan-course-fishskin-class",
        site="巧手职业技能培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="text",
        source="http://www.qiaoshoupx.com/zsjz/2024/0520/66.html",
        title="巧手职业技能培训学校鱼皮画制作暑期班招生简章",
        record_title="巧手职业技能培训学校鱼皮画制作暑期班招生简章（附课程表）",
        date=None,
        notes="training school with promo and float boxes; school's 报名电话 beside the 400 line; course table; no date",
        page="""
!m 巧手职业技能培训学校　让每一双手都有一技之长
!m 首页 > 招生简章
{T}
!m 更新：2天前　　阅读：142
!a ★限时优惠：本月报名立减200元★
{BODY}
!w 课程顾问在线，点击咨询
!m 全国招生热线：400-102-3366
!d 最终解释权归本校所有
""",
        body="""
为传承赫哲族鱼皮画技艺，本校今年暑期开设鱼皮画制作班，欢迎社会各界报名。
一、招生对象：年满16周岁，对民族手工艺有兴趣的学员，零基础可报。
二、课程安排：
周次　内容　课时
第一周　鱼皮的选择与鞣制　12
第二周　剪样与拼色　12
第三周　作品装裱与创作　12
三、学费：1980元，含全部材料费。结业考核合格者颁发结业证书。
四、报名方式：携身份证到校报名，报名电话：0454-3127788（周老师）。
""",
    ),
    dict(
        slug="app-miaobi-plan-purslane-festival",
        site="妙笔写作APP (invented)",
        style="范文APP",
        genre="方案",
        kind="plan",
        form="html",
        source="https://h5.miaobi-app.cn/share/doc?id=7Xk20Pq",
        title="首届马齿苋美食文化节活动方案",
        record_title="首届马齿苋美食文化节活动方案（通用版）｜妙笔写作",
        date=None,
        notes="writing-app H5 share; member unlock inside the body; template placeholder 20××年; no date",
        page="""
<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width"><title>首届马齿苋美食文化节活动方案（通用版）｜妙笔写作</title>
<script src="https://h5.miaobi-app.cn/sdk.js"></script></head><body>
<div class="app-bar">⟦a 打开妙笔APP，写作更高效⟧ ⟦a 立即打开⟧</div>
<div class="doc"><h1>{T}</h1><div class="meta">⟦m 妙笔精选 · 1.4万人已使用⟧</div>
{BODY}
</div>
<div class="bottom-bar">⟦a 一键套用模板⟧ ⟦a 复制全文⟧ ⟦l 相关模板：农产品推介会方案 美食节主持词⟧</div>
</body></html>
""",
        body="""
一、活动主题：品野菜鲜味，享田园生活
二、活动时间：20××年5月×日至×日
三、活动地点：××镇文化广场
四、活动内容
（一）马齿苋美食品鉴：邀请本地餐饮店推出马齿苋饺子、凉拌马齿苋等特色菜品。
⟦a 开通会员解锁全部方案内容⟧
（二）采摘体验：组织游客到种植基地体验采摘。
（三）农产品展销：合作社现场展销马齿苋干品和预制菜。
五、保障措施：成立活动领导小组，做好安全保卫、食品安全和交通疏导工作。
""",
    ),
    dict(
        slug="gkforum-shenlun-essay-bamboo-rice",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="https://bbs.shangan-gk.com/thread-311207-1-1.html",
        title="小小竹筒饭里的乡村振兴大文章",
        record_title="[申论范文] 小小竹筒饭里的乡村振兴大文章（附批改意见） - 申论交流 - 上岸公考论坛",
        date=None,
        notes="exam forum; teacher's comment and sign-in prompts; no date (post time relative)",
        page="""
!m 上岸公考论坛 › 申论交流 › 范文点评
!t [申论范文] 小小竹筒饭里的乡村振兴大文章（附批改意见）
!m 楼主：一定上岸2025　　发表于 昨天 22:17
!a 签到领积分 | 下载本帖附件需回复
{BODY}
!l 【批改意见】立意准确，结构完整，建议第三段补充具体做法。——申论老师 阿岳
!l 回复本帖可查看更多范文
!a 登录后可参与讨论
""",
        indent="\u3000\u3000",
        body="""
一节竹筒，一把糯米，在苕岭乡的山村里，竹筒饭从农家饭桌走向了城市餐桌，也走出了一条乡村振兴的路子。
产业兴旺，要立足本地资源。苕岭乡竹林面积大，竹筒饭原料易得、工艺简单，正是农民干得了、市场认得住的好产业。
产业兴旺，还要补齐短板。从家庭作坊到标准化生产，离不开冷链物流、质量标准和品牌建设的支撑。
小小竹筒饭告诉我们：只要找准特色、久久为功，乡土资源也能变成致富资源。
""",
    ),
    dict(
        slug="baike-zhidian-entry-coconut-carving",
        site="知点百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhidian.com/item/椰雕/30881",
        title="椰雕",
        record_title="椰雕_知点百科",
        date=None,
        notes="encyclopaedia with contents box; example year in the body is no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>椰雕_知点百科</title></head><body>
<div class="hd">⟦m 知点百科⟧ ⟦a 进入词条⟧ ⟦a 创建词条⟧ ⟦a 用户登录⟧</div>
<div class="title"><h1>{T}</h1>⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 收藏⟧</div>
<div class="catalog">⟦l 目录：1 简介 2 工艺 3 传承⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：1. 《海岛民间工艺图录》⟧</div>
<div class="stat">⟦m 词条浏览：8,219次　最近更新：椰风客⟧</div>
<div class="foot">⟦d 词条内容仅供参考，如需专业意见请咨询相关人士。⟧</div>
</body></html>
""",
        body="""
椰雕是以椰子壳为材料进行雕刻的传统民间工艺，主要流行于我国南部沿海和岛屿地区。
椰雕的制作一般经过选壳、刮皮、晾干、设计、雕刻和打磨上光等工序，常见技法有浮雕、通雕和贝壳镶嵌。
椰雕作品多为茶具、酒具、盒、瓶等实用器和装饰摆件。有资料记载，早在明清时期椰雕器物已作为地方特产进献。
""",
    ),
    dict(
        slug="pan-ruyun-file-gasmeter-manual",
        site="如云网盘 (invented)",
        style="网盘分享",
        genre="操作规程",
        kind="regulation",
        form="text",
        source="https://pan.ruyun.cc/s/1bT9wQe2",
        title="智能燃气表安装操作规程",
        record_title="智能燃气表安装操作规程.pdf",
        date="2023-12-28",
        notes="cloud drive preview; file-name title; share and expiry stamps are no dates; 成文日期 at the end",
        page="""
!m 如云网盘 | 文件分享
!t 智能燃气表安装操作规程.pdf
!m 分享者：计量所小陈　　分享时间：2024-02-01 11:25　　有效期：永久有效
!a 保存到我的网盘　　 普通下载　　 超速下载（需开通超级会员）
{BODY}
!a 在线预览仅显示前5页
!d 请勿分享违法违规内容，如发现请举报。
""",
        body="""
1 总则
1.1 本规程适用于公司所辖范围内居民用户智能燃气表的安装作业。
1.2 安装人员须持证上岗，作业前检查工具和防爆设备。
2 安装要求
2.1 燃气表与灶具水平净距不小于30厘米，不得安装在卧室、卫生间和密闭空间内。
2.2 表具进出口方向须与标识一致，连接后须进行气密性检测。
2.3 安装完成后，应在系统中录入表号并现场测试阀门开关功能。
3 附则
3.1 本规程自发布之日起执行。
苘阳市燃气有限公司计量所
2023年12月28日
""",
    ),
    dict(
        slug="snapshot-baisou-notice-purslane-base",
        site="百搜快照 (invented cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.baisou.com/c?m=9f65cb4a8c8507ed4fece7631046893b",
        title="关于马齿苋标准化种植示范基地认定结果的公示",
        record_title="关于马齿苋标准化种植示范基地认定结果的公示 - 快照",
        date="2024-07-19",
        notes="search-cache frame; cache stamp is no date; table of bases; 成文日期 at the end",
        page="""
<html><head><meta charset="utf-8"><title>关于马齿苋标准化种植示范基地认定结果的公示 - 快照</title></head><body>
<div class="cache-bar">⟦d 这是百搜对 http://nyj.quchuan.gov.cn/tzgg/8812.html 的缓存，是网页在2024年8月2日的快照。⟧</div>
<div class="cache-bar">⟦a 当前页面可能已更新，点击查看最新页面⟧ ⟦d 百搜和网页作者无关，不对其内容负责。⟧</div>
<hr>
<div class="orig-head">⟦m 蕖川县农业农村局⟧</div>
<div class="orig-path">⟦m 首页 &gt; 通知公告⟧</div>
<h3>{T}</h3>
{BODY}
<div class="orig-foot">⟦m 蕖川县农业农村局版权所有⟧</div>
</body></html>
""",
        body="""
根据《蕖川县特色农产品标准化种植示范基地认定办法》，经乡镇推荐、专家评审，拟认定以下3个基地为县级马齿苋标准化种植示范基地，现予公示。
基地名称　所在乡镇　面积（亩）
绿源马齿苋种植基地　荻浦镇　160
青田野菜合作社基地　葭口乡　120
田园康马齿苋基地　蒹水镇　95
公示期为7月19日至7月25日。对公示结果有异议的，请以书面形式向县农业农村局反映。
蕖川县农业农村局
2024年7月19日
""",
    ),
    dict(
        slug="print-yexiang-rules-coconut-workshop",
        site="蓼原镇人民政府 打印视图 (invented)",
        style="打印页",
        genre="制度",
        kind="regulation",
        form="text",
        source="http://www.liaoyuan-zhen.gov.cn/print.jsp?id=40218",
        title="蓼原镇椰雕工坊安全生产管理规定",
        record_title="打印 - 蓼原镇椰雕工坊安全生产管理规定",
        date="2024-02-26",
        notes="print view with print footer; rules speak of 打印/扫码 as content",
        page="""
!m 蓼原镇人民政府
!t 打印 - 蓼原镇椰雕工坊安全生产管理规定
!a [打印本页]　[关闭窗口]
{BODY}
!m 本页地址：http://www.liaoyuan-zhen.gov.cn/zwgk/40218.html
!p 第1页／共1页
""",
        body="""
第一条　为加强椰雕工坊安全生产管理，预防粉尘和机械伤害事故，制定本规定。
第二条　打磨、抛光作业须在通风除尘设施正常运行的情况下进行，作业人员须佩戴防尘口罩和护目镜。
第三条　电动工具使用前须检查，严禁带故障作业，下班前切断电源。
第四条　工坊须将安全操作规程打印张贴在每台设备旁，并设置安全检查二维码，检查人员每日扫码登记。
第五条　本规定自印发之日起施行。
蓼原镇人民政府
2024年2月26日
""",
    ),
    dict(
        slug="mail-fwd-letter-fishskin-exhibit",
        site="荇溪县文化馆邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="https://mail.xingxi-whg.cn/read?mid=ZL0823",
        title="关于借展鱼皮画作品的函",
        record_title="Fwd: 关于借展鱼皮画作品的函.docx",
        date="2024-08-20",
        date_also=["2024-08-23"],
        notes="forwarded mail; mail 附件 header next to the letter's own 附件; letter's 联系人 kept; mail date differs",
        page="""
!m 发件人：县文化馆办公室 <bgs@xingxi-whg.cn>
!m 收件人：展览部全体 <zlb@xingxi-whg.cn>
!m 时间：2024年8月23日（星期五）上午10:12
!m 主题：Fwd: 关于借展鱼皮画作品的函.docx
!a 附件：关于借展鱼皮画作品的函.docx（22 KB）　预览　下载
------ 转发的邮件 ------
{BODY}
!d 本邮件及其附件含有保密信息，仅限收件人使用。
!m 荇溪县文化馆 · 邮件系统
""",
        body="""
荇溪县文化馆：
我馆拟于10月举办“江河之手——北方渔猎民族手工艺展”，贵馆收藏的鱼皮画作品是展览的重要组成部分。经研究，恳请借展贵馆藏品8件，借展期为2024年9月25日至11月30日。
我馆将负责作品的包装、运输、保险和展期安全，展览结束后按原状归还。
联系人：孟思远，电话：0451-8820319，邮箱：msy@beijiang-museum.cn。
附件：借展作品清单
北疆民族博物馆
2024年8月20日
""",
    ),
]
