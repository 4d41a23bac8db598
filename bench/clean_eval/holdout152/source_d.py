"""holdout152, part D: tender portals, law firms, residents' sites, associations, training schools. Invented text."""

CASES = [
    dict(
        slug="tender-zhuyuan-reserve-forest-bid-html",
        site="竺原市公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.zhuyuan.gov.cn/jyxx/zfcg/zbgg/20240614/0087.html",
        title="竺原市国家储备林建设项目（二期）营造林工程中标结果公告",
        record_title="竺原市国家储备林建设项目（二期）营造林工程中标结果公告_竺原市公共资源交易平台",
        date="2024-06-14",
        notes="tender portal; bid-result table; buyer and agency contacts kept beside the CA hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>竺原市国家储备林建设项目（二期）营造林工程中标结果公告_竺原市公共资源交易平台</title></head>
<body>
<div class="top">⟦m 竺原市公共资源交易平台⟧ ⟦a 主体登录⟧ ⟦a CA办理⟧</div>
<div class="nav">⟦m 首页　交易信息　政策法规　办事指南　监督投诉　下载专区⟧</div>
<div class="loc">⟦m 当前位置：交易信息 &gt; 政府采购 &gt; 中标结果⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 信息时间：2024-06-14　阅读次数：507⟧　⟦a 【我要打印】⟧</div>
{BODY}
<div class="foot">⟦m CA数字证书服务热线：400-811-6577⟧<br>⟦m 主办：竺原市公共资源交易中心　技术支持：竺原数科⟧</div>
</body></html>
""",
        body="""
一、项目编号：ZYCG-2024-0417
二、项目名称：竺原市国家储备林建设项目（二期）营造林工程
三、中标信息
标段　中标单位　中标金额（万元）
第一标段　竺原绿林生态工程有限公司　1286.40
第二标段　蓁山林业建设有限公司　973.15
四、公告期限：自本公告发布之日起1个工作日。
五、凡对本次公告内容提出询问，请按以下方式联系。
采购人：竺原市林业局　联系人：冯振　电话：0738-8825146
代理机构：竺原正诚招标代理有限公司　联系人：沈露　电话：0738-8830271
""",
    ),
    dict(
        slug="tender-meishan-coalbed-methane-notice-text",
        site="梅杉能源集团电子招标平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ebid.msenergy.com.cn/notice/2024/0903/118.html",
        title="梅杉能源集团煤层气排采井修井作业服务招标公告",
        record_title="【招标公告】梅杉能源集团煤层气排采井修井作业服务招标公告",
        date="2024-09-03",
        notes="decorated title; numbered list; 下载招标文件 sentence kept; platform chrome",
        page="""
!m 梅杉能源集团电子招标投标平台
!m 首页 / 招标公告 / 服务类
!t 【招标公告】梅杉能源集团煤层气排采井修井作业服务招标公告
!m 发布日期：2024-09-03　截止日期：2024-09-24　项目状态：报名中
!a 我要投标　收藏项目
{BODY}
!w 平台操作咨询：0356-2081 999（周一至周五 8:30-17:30）
!d 本平台所发布信息的真实性由发布单位负责
!m 晋ICP备18006642号
""",
        body="""
1. 招标条件：本项目已批准实施，资金来自企业自筹，招标人为梅杉能源集团煤层气开发分公司，现进行公开招标。
2. 项目概况：对沁北区块约260口煤层气排采井提供修井作业服务，服务期两年。
3. 投标人资格要求：具有独立法人资格，具备石油天然气井下作业资质，近三年有类似业绩不少于2项。
4. 招标文件获取：2024年9月4日至9月10日，投标人须在本平台注册后下载招标文件。
5. 投标截止时间：2024年9月24日9时30分。
6. 联系方式：招标人联系人 郝建平，电话 0356-2087 316。
梅杉能源集团煤层气开发分公司
2024年9月3日
""",
    ),
    dict(
        slug="lawfirm-chayuan-tea-set-trademark-letter-html",
        site="茶园律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="html",
        source="https://www.chayuanlaw.cn/case/letter/2024-08/339.html",
        title="关于停止侵犯“紫釉”茶具注册商标专用权的律师函",
        record_title="律师函范本丨关于停止侵犯“紫釉”茶具注册商标专用权的律师函",
        date="2024-08-09",
        notes="law firm's template page; ×× placeholders; firm's consult line beside the letter's own 联系电话",
        page="""
<html><head><meta charset="utf-8"><title>律师函范本丨关于停止侵犯“紫釉”茶具注册商标专用权的律师函 - 茶园律师事务所</title></head>
<body>
<div class="hd">⟦m 茶园律师事务所　专注知识产权与商事争议⟧⟦m 免费法律咨询：400-609-1818⟧</div>
<div class="nav">⟦m 首页 律所简介 专业领域 律师团队 经典案例 文书范本 联系我们⟧</div>
<div class="wz">⟦m 首页 › 文书范本 › 律师函⟧</div>
<h1>{T}</h1>
<p class="meta">⟦m 整理：知产部　2024-08-12⟧</p>
{BODY}
<div class="tip">⟦w 如需定制律师函，请拨打咨询热线或添加律师微信 cyls2008⟧</div>
<div class="ft">⟦d 本站范本仅供参考，不构成法律意见⟧　⟦m 浙ICP备15033021号⟧</div>
</body></html>
""",
        body="""
××茶具经营部：
茶园律师事务所接受景川紫釉陶瓷有限公司（以下简称“委托人”）的委托，指派本律师就贵方侵犯委托人注册商标专用权一事，致函如下：
委托人系第21类“茶具”商品上“紫釉”注册商标的权利人，注册号为第××××××号，该商标现处于有效期内。
经委托人调查，贵方在网络店铺中销售标有“紫釉”字样的茶具，该商品并非委托人生产或授权生产，已构成商标侵权。
为此，本律师郑重函告：请贵方自收到本函之日起7日内停止销售侵权商品，下架相关链接，并与本律师联系协商赔偿事宜。逾期不予理会的，委托人将依法追究贵方法律责任。
联系人：包律师　联系电话：0571-8673 4420
茶园律师事务所
律师：包文清
2024年8月9日
""",
    ),
    dict(
        slug="lawfirm-zhengping-post-release-lecture-text",
        site="正平律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="text",
        source="http://www.zhengpinglawyer.com/news/gyfw/2024/1126/51.html",
        title="刑满释放人员安置帮教法律讲座讲稿",
        record_title="刑满释放人员安置帮教法律讲座讲稿 | 正平律师事务所",
        date="2024-11-22",
        notes="law firm; date under the title in parentheses; minutes-style lines; a disclaimer and consult prompt",
        page="""
!m 正平律师事务所 ZHENGPING LAW FIRM
!m 首页 ＞ 律所动态 ＞ 公益服务
{T}
（2024年11月22日）
主讲：正平律师事务所　蔡铭律师
{BODY}
!a 点赞 | 转发 | 收藏
!w 法律咨询请致电 0731-8226 5588，或到所面谈
!d 以上内容仅代表律师个人观点，具体问题请咨询专业律师
!m 正平律师事务所　湘ICP备19011240号
""",
        body="""
各位学员：
今天我们在司法所开展这次法律讲座，主要和大家讲一讲刑满释放后在就业、社会保障和户籍方面的有关规定。
一、关于户籍。刑满释放人员应在释放后30日内持释放证明书到户籍所在地派出所办理户口登记，逾期办理的会影响后续社保和就业手续。
二、关于就业。除法律法规对特定职业有禁止性规定外，用人单位不得以曾受过刑事处罚为由拒绝录用。符合条件的，可以申请就业援助和技能培训补贴。
三、关于社会保障。生活确有困难的，可以向户籍所在地乡镇（街道）申请临时救助；符合条件的，可以纳入最低生活保障范围。
四、关于法律援助。遇到劳动争议、家庭纠纷等法律问题，可以到县公共法律服务中心申请法律援助。
希望大家珍惜新的开始，遵纪守法，早日融入社会。
""",
    ),
    dict(
        slug="community-hexia-water-police-notice-html",
        site="禾峡社区居民网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hexiashequ.cn/tzgg/2024/0612.html",
        title="关于汛期禁止在江滩野泳垂钓的温馨提示",
        record_title=None,
        date="2024-06-12",
        notes="residents' site; title missing; water police station's 报警电话 kept beside community hotline; 扫码 in body",
        page="""
<html><head><meta charset="utf-8"><title>禾峡社区居民网</title></head>
<body>
<div class="banner">⟦m 禾峡社区居民网　邻里守望 共建家园⟧</div>
<div class="menu">⟦m 社区首页｜通知公告｜便民服务｜志愿者之家｜居民议事⟧</div>
<div class="path">⟦m 首页 → 通知公告⟧</div>
<h3>{T}</h3>
<div class="time">⟦m 发布时间：2024-06-12 16:00　发布者：社区居委会⟧</div>
{BODY}
<div class="bar">⟦l 👍 点赞 12　📢 转给邻居⟧</div>
<div class="footer">⟦m 社区服务热线：0715-6621 3300⟧<br>⟦m 禾峡社区居委会 版权所有⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
近期长江进入主汛期，江水上涨快、流速大，江滩地形复杂，野泳和垂钓极易发生溺水事故。根据江滩水上派出所的要求，现提示如下：
1. 汛期内严禁在禾峡段江滩野泳、嬉水、垂钓。
2. 家长要看管好未成年子女，不让孩子单独到江边玩耍。
3. 发现有人落水，不要盲目下水施救，应立即呼救并报警。
居民可扫码加入社区“平安江滩”微信群，及时了解水情信息。
江滩水上派出所报警电话：0715-6620 110
禾峡社区居民委员会
2024年6月12日
""",
    ),
    dict(
        slug="community-luye-high-rise-throwing-pledge-text",
        site="芦叶苑小区业主之家 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="http://www.luyeyuan-yz.com/gonggao/88.html",
        title="拒绝高空抛物 守护头顶安全倡议书",
        record_title="拒绝高空抛物 守护头顶安全倡议书",
        date="2024-05-06",
        notes="owners' site; one-line body; 成文日期 inside the one-liner",
        page="""
!m 芦叶苑业主之家
!m 小区公告 ＞ 倡议
{T}
!m 发帖：物业客服中心　浏览：260
{BODY}
!l 评论（4）
!l 18栋业主：支持！楼下的车上次就被砸了
!a 发表评论需先登录
!m 芦叶苑物业服务中心 24小时值班：0512-6690 1122
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
尊敬的各位业主、住户：
高空抛物被称为“悬在城市上空的痛”，一个小小的烟头、一只易拉罐，从高楼落下都可能造成严重伤害。为了您和家人的安全，我们倡议：
一、从自身做起，不从窗户、阳台向外抛掷任何物品。
二、管好家中孩子，教育他们不往楼下扔东西。
三、阳台上的花盆、杂物要摆放稳固，防止坠落。
四、发现高空抛物行为，请及时向物业或公安机关反映。
让我们共同守护头顶上的安全！
芦叶苑业主委员会　芦叶苑物业服务中心
2024年5月6日
""",
    ),
    dict(
        slug="assoc-anyi-diatomite-association-report-html",
        site="安邑市硅藻土行业协会 (invented)",
        style="行业协会",
        genre="工作报告",
        kind="report",
        form="html",
        source="http://www.anyigzt.org.cn/xhdt/2025/0110/66.html",
        title="安邑市硅藻土行业协会第二届理事会2024年工作报告",
        record_title="【协会动态】安邑市硅藻土行业协会第二届理事会2024年工作报告",
        date="2025-01-08",
        notes="association page; date under the title; 成员 table; member-only action between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>【协会动态】安邑市硅藻土行业协会第二届理事会2024年工作报告</title></head>
<body>
<div id="head">⟦m 安邑市硅藻土行业协会⟧<small>⟦m 服务会员·规范行业·促进发展⟧</small></div>
<div id="menu">⟦m 协会首页 | 协会概况 | 协会动态 | 会员风采 | 行业标准 | 入会指南⟧</div>
<div class="cur">⟦m 您现在的位置：协会动态⟧</div>
<h2>{T}</h2>
<p class="c">（2025年1月8日）</p>
<p class="c">会长　牛建国</p>
<div class="txt">
{BODY}
</div>
<div class="bt">⟦a 会员单位请登录后下载会议材料全文⟧</div>
<div id="foot">⟦m 协会秘书处电话：0359-2261 407⟧　⟦m 晋ICP备17003350号⟧</div>
</body></html>
""",
        body="""
各位理事、各位会员代表：
受第二届理事会委托，我向大会报告2024年工作，请予审议。
一年来，协会围绕“服务会员、规范行业”的宗旨，主要做了以下工作：
一是推动行业标准建设。牵头起草《硅藻土助滤剂》团体标准，已于10月正式发布实施。
⟦a 登录会员中心查看标准全文⟧
二是组织会员企业开展粉尘治理交流，全年组织现场观摩3次，参与企业27家。
三是搭建产销对接平台。组团参加全国非金属矿产品博览会，会员企业签约金额1.3亿元。
2025年，协会将重点推动硅藻土在环保和建材领域的应用推广，加快行业转型升级。
""",
    ),
    dict(
        slug="assoc-lanxi-fruit-wine-pledge-text",
        site="岚溪县果酒酿造协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="https://www.lxguojiu.org/news/2024/0520/32.html",
        title="岚溪县果酒酿造行业诚信自律倡议书",
        record_title="岚溪县果酒酿造行业诚信自律倡议书-岚溪县果酒酿造协会",
        date="2024-05-20",
        notes="association; hard-wrapped at 64 columns; site chrome at both ends",
        page="""
!m 岚溪县果酒酿造协会
!m 酿好酒　守诚信
!m 首页 » 协会公告
{T}
!m 阅读：198　更新：2024-05-21
{BODY}
!l 上一篇：协会组织会员企业参加春季糖酒会
!l 下一篇：关于缴纳2024年度会费的通知
!m 协会地址：岚溪县工业园区兴业路2号　电话：0851-3376 2210
""",
        wrap=64,
        indent="  ",
        body="""
全县果酒酿造企业和从业者：
近年来，我县果酒产业发展迅速，杨梅酒、桑葚酒、猕猴桃酒等产品深受消费者喜爱。为维护行业良好形象，保障消费者权益，县果酒酿造协会向全体会员单位发出如下倡议：
一、坚持诚信经营，如实标注产品原料、酒精度和生产日期，不虚假宣传。
二、严格执行食品安全标准，不违规使用食品添加剂，不以酒精勾兑冒充发酵果酒。
三、公平竞争，不恶意压价，不仿冒他人品牌和包装。
四、主动接受社会监督，畅通消费者投诉渠道。
岚溪县果酒酿造协会
2024年5月20日
""",
    ),
    dict(
        slug="training-xiaoya-early-education-plan-html",
        site="小芽早教中心 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.xiaoya-zaojiao.com/article/1182.html",
        title="小芽早教中心2024年秋季亲子课程安排",
        record_title="小芽早教中心2024年秋季亲子课程安排 - 小芽早教",
        date="2024-08-26",
        notes="training school; course table; floating consult box; booking sentence with 关注",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>小芽早教中心2024年秋季亲子课程安排 - 小芽早教</title></head>
<body>
<div class="hd">⟦m 小芽早教　0-3岁亲子成长中心⟧ ⟦w 预约试听：138 0731 6602⟧</div>
<div class="nav">⟦m 首页｜课程体系｜师资团队｜中心环境｜家长课堂｜联系我们⟧</div>
<div class="main"><h1>{T}</h1>
<div class="meta">⟦m 2024-08-26　小芽教务部⟧</div>
{BODY}
</div>
<div class="float-kf">⟦w 在线咨询　点我免费领取体验课⟧</div>
<div class="ft">⟦d ©2024 小芽早教中心 保留所有权利⟧</div>
</body></html>
""",
        body="""
亲爱的家长朋友们：
新学期即将开始，小芽早教中心2024年秋季亲子课程安排如下：
课程　适龄　上课时间
感统游戏课　12—24个月　周二、周四上午
音乐律动课　18—36个月　周三、周五上午
绘本阅读课　24—36个月　周六全天
每节课45分钟，须由一位家长陪同上课。
报名请关注中心服务号，在“课程预约”栏目选择时间段；已购课家长请于9月1日前完成排课。
小芽早教中心
2024年8月26日
""",
    ),
    dict(
        slug="training-guotai-fitter-course-text",
        site="国泰职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="text",
        source="http://www.gtpx.net/zsjz/2024/0315/kq.html",
        title="国泰职业培训学校2024年装配钳工（四级）培训招生简章",
        record_title="【限时报名】国泰职业培训学校2024年装配钳工（四级）培训招生简章（附补贴政策）",
        date=None,
        notes="decorated title; no date (upload and relative time only); training ad between paragraphs; school's own 报名电话 kept",
        page="""
!m 国泰职业培训学校　学一技之长　走致富之路
!m 首页 >> 招生简章
!t 【限时报名】国泰职业培训学校2024年装配钳工（四级）培训招生简章（附补贴政策）
!m 5天前　阅读 318
{BODY}
!w 微信咨询：gtpx_kefu（备注：钳工）
!l 热门课程：电工　焊工　叉车　中式面点
!m 国泰职业培训学校 版权所有 · 地址：工业大道188号
""",
        body="""
为满足企业用工需求，提升劳动者技能水平，我校开设装配钳工（四级/中级工）培训班，现面向社会招生。
一、招生对象：年满16周岁、初中以上文化程度、有意从事机械装配工作的人员。
二、培训内容：识图与公差配合、钳工基本操作、常用机械部件装配与调整、安全生产知识。
⟦a 👉 点击立即报名，前20名赠送工具包⟧
三、培训时间：每期45天，理论与实操比例为3:7。
四、补贴政策：培训合格并取得职业技能等级证书的，可按规定申领职业培训补贴。
五、报名地点：学校招生办（工业大道188号一楼），报名电话：0379-6391 7780。
""",
    ),
]
