"""Holdout22, part E: intranets, corporate sites, tender platforms, law firms, associations, forwarded mails.
Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="intranet-jinlun-textile-oa-minutes-html",
        site="锦纶纺织集团OA (invented)",
        style="企业内网",
        genre="纪要",
        kind="other",
        form="html",
        source="http://oa.jinlun-tex.local/doc/view.do?id=20250311-07",
        title="集团2025年第3次安全生产例会纪要",
        record_title=None,
        date="2025-03-12",
        date_also=["2025-03-11"],
        notes="intranet document view with approval trail (流转记录) and read receipts; minutes with 时间/地点/主持/参会/记录; task table with owners",
        page="""
<html><head><meta charset="utf-8"><title>公文阅办 - 锦纶纺织集团协同办公平台</title></head>
<body>
<div class="oa-top">⟦m 锦纶纺织集团协同办公平台⟧ ⟦m 当前用户：生产部-申小航⟧ <a>⟦a 退出登录⟧</a></div>
<div class="oa-menu">⟦m 待办(12)⟧ ⟦m 已办⟧ ⟦m 公文阅办⟧ ⟦m 通讯录⟧</div>
<div class="doc-head"><h2>{T}</h2><div>⟦m 文档编号：JL-AQ-2025-031　密级：内部⟧</div></div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 安全环保部 钟启明 起草 2025-03-11 17:20⟧</p>
<p>⟦l 分管副总 庄宏 审核 2025-03-12 09:05 同意印发⟧</p>
<p>⟦l 已阅 47 人 / 未阅 6 人⟧</p></div>
<div class="ops">⟦a 签收⟧ ⟦a 转发⟧ ⟦a 导出PDF⟧</div>
<div class="oa-ft">⟦d 内部资料 严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2025年3月11日14:30
地点：集团办公楼三楼会议室
主持：分管副总经理 庄宏
参会：各分厂厂长、安全员，安全环保部、设备部负责人
记录：钟启明
会议通报了2月份安全生产检查情况，研究部署了近期重点工作。纪要如下：
一、2月份共检查出隐患43项，已整改39项，其余4项限3月20日前整改完毕。
二、近期重点任务：
任务　责任单位　完成时间
织造车间电气线路排查　一分厂　3月25日
印染车间有限空间作业培训　二分厂　3月31日
消防水池补水及泵房检修　设备部　3月20日
三、会议要求，各分厂要在春季开展一次全员消防应急疏散演练。
锦纶纺织集团安全环保部
2025年3月12日印发
""",
    ),
    dict(
        slug="intranet-baifeng-cold-chain-report-text",
        site="百丰冷链物流内网 (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="text",
        source="http://intra.baifeng-cc.com/news/report/2025Q1.htm",
        title="一季度冷库运营情况报告",
        record_title="内网资讯-一季度冷库运营情况报告",
        date="2025-04-08",
        notes="intranet news text: login banner, department tabs, 'exported by' stamp (no date); indicators table; 成文日期",
        page="""
!m 百丰冷链 · 员工之家
!m 欢迎您，仓储部 姜涛 ｜ 我的待办 ｜ 修改密码 ｜ 退出
!m 资讯中心 ＞ 经营简报
{T}
!m 导出人：姜涛　导出时间：2025-04-15 08:31
{BODY}
!d 本文属公司内部经营信息，未经批准不得对外提供。
!a ⎙ 打印　　↗ 转发给同事
""",
        body="""
集团领导：
现将一季度冷库运营情况报告如下：
指标　一季度　同比
库容利用率　86.4%　提高5.1个百分点
出入库量（吨）　41260　增长12.8%
温控达标率　99.7%　持平
一季度，冷库运营总体平稳，受春节备货影响，1月份库容一度趋于饱和。存在的问题是2号库制冷机组老化，3月份发生停机2次，已安排更换。
二季度将做好夏季高温期间设备巡检，确保温控达标率保持在99.5%以上。
仓储部
2025年4月8日
""",
    ),
    dict(
        slug="corp-shanyun-cableway-safety-html",
        site="山云索道有限公司官网 (invented)",
        style="企业官网",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.shanyun-ropeway.com/about/safety/2025.html",
        title="乘客乘坐客运索道安全须知",
        record_title="乘客乘坐客运索道安全须知-山云索道",
        date=None,
        notes="corporate site: a cableway's rules; no date; online-booking and hotline chrome; numbered articles mention 扫码 and 二维码",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>乘客乘坐客运索道安全须知-山云索道</title></head>
<body>
<div class="hd">⟦m 山云索道⟧ ⟦m 云端之上 安全相伴⟧ ⟦a 在线购票⟧ ⟦w 服务热线 0550-2766 999⟧</div>
<div class="nav">⟦m 走进山云⟧ ⟦m 游览指南⟧ ⟦m 安全须知⟧ ⟦m 新闻中心⟧</div>
<h1>{T}</h1>
{BODY}
<div class="ft">⟦m 山云索道有限公司 版权所有⟧ ⟦m 皖ICP备17002233号-1⟧ ⟦l 友情链接：蔻溪山景区 | 市文旅局⟧</div>
</body></html>
""",
        body="""
一、乘客须听从工作人员指挥，按顺序排队，凭有效票证扫码检票进站。
二、身高1.2米以下儿童、70岁以上老人须由成年人陪同乘坐。
三、严禁携带易燃易爆物品、宠物及超长超大物品乘坐索道。
四、乘坐过程中不得摇晃吊厢，不得向外抛掷物品，不得擅自打开厢门。
五、遇大风、雷电等恶劣天气，索道将暂停运营，请乘客配合疏散。
六、如遇索道临时停车，请保持镇静，不要惊慌，等待工作人员救援；吊厢内张贴有救援电话二维码。
""",
    ),
    dict(
        slug="corp-hongyuan-soy-sauce-recall-text",
        site="鸿源酿造官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.hongyuan-niangzao.cn/news/2025/0521.html",
        title="关于主动召回部分批次酱油产品的公告",
        record_title="【公司公告】关于主动召回部分批次酱油产品的公告",
        date="2025-05-21",
        notes="a soy-sauce brewer's recall; decorated title; batch table; customer hotline in the body vs the site's mall link",
        page="""
!m 鸿源酿造 HONGYUAN
!m 首页 · 关于鸿源 · 产品中心 · 新闻公告 · 线上商城
!t 【公司公告】关于主动召回部分批次酱油产品的公告
!m 新闻公告 ｜ 2025-05-21 ｜ 浏览 3402
{BODY}
!a 🛒 进入鸿源官方旗舰店
!l ‹ 返回列表
!m © 2025 鸿源酿造股份有限公司　粤ICP备19031177号
""",
        body="""
尊敬的消费者：
我公司在例行检验中发现，部分批次“鸿源特级生抽”标签标注的氨基酸态氮含量与实际检测值不符。为保障消费者权益，我公司决定主动召回以下批次产品：
产品名称　规格　生产批号
鸿源特级生抽　500mL　HY20250302
鸿源特级生抽　1.9L　HY20250305
购买上述产品的消费者，可凭产品或购物凭证到原购买地点办理退货退款，也可拨打客服电话400-830-1952联系办理。
由此给您带来的不便，我们深表歉意。
鸿源酿造股份有限公司
2025年5月21日
""",
    ),
    dict(
        slug="tender-huaiyu-school-canteen-html",
        site="槐峪县公共资源电子交易系统 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.huaiyu.gov.cn/jyxx/zfcg/cggg/2025-07-02/881.html",
        title="槐峪县第二中学食堂食材配送服务项目公开招标公告",
        record_title="槐峪县第二中学食堂食材配送服务项目公开招标公告",
        date="2025-07-02",
        record_date="2025-07-02",
        notes="a tender platform: project number, lot table, bid-document download, CA login; contacts of the buyer and agency in the body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>槐峪县第二中学食堂食材配送服务项目公开招标公告</title></head>
<body>
<div class="hd">⟦m 槐峪县公共资源电子交易系统⟧ <a>⟦a CA数字证书登录⟧</a> <a>⟦a 投标人注册⟧</a></div>
<div class="nav">⟦m 交易信息⟧ ⟦m 政策法规⟧ ⟦m 办事指南⟧ ⟦m 诚信体系⟧</div>
<div class="pos">⟦m 交易信息 &gt; 政府采购 &gt; 采购公告⟧</div>
<h2>{T}</h2>
<div class="tm">⟦m 信息时间：2025-07-02　项目编号：HYCG-2025-0417⟧</div>
{BODY}
<div class="dl">⟦a ↓ 下载招标文件（需CA锁登录）⟧</div>
<div class="ft">⟦m 槐峪县公共资源交易中心　技术支持电话：400-998-6061⟧</div>
</body></html>
""",
        body="""
槐峪县公共资源交易中心受槐峪县第二中学委托，就该校食堂食材配送服务项目进行公开招标，欢迎合格的供应商参加投标。
一、项目概况：
包号　内容　最高限价（万元/年）
1　米面粮油　86
2　蔬菜肉类　142
二、投标人资格：具有食品经营许可证，近三年无食品安全不良记录。
三、获取招标文件：2025年7月3日至7月9日，在本系统免费下载。
四、开标时间：2025年7月23日9:30。
采购人：槐峪县第二中学，联系人：于老师，电话：0412-7713 258。
采购代理机构：辽东正衡项目管理有限公司，联系人：包工，电话：0412-7720 611。
""",
    ),
    dict(
        slug="tender-pinghu-lock-result-text",
        site="萍湖船闸管理处采购专栏 (invented)",
        style="招投标网",
        genre="公示",
        kind="notice",
        form="text",
        source="http://www.pinghcz.cn/cgzl/zbgs/2025/112.html",
        title="萍湖船闸闸门启闭机维修项目中标结果公示",
        record_title="萍湖船闸闸门启闭机维修项目中标结果公示-采购专栏",
        date="2025-09-04",
        notes="a ship-lock authority's procurement column; candidate table; 公示期 example dates; 发布时间 byline",
        page="""
!m 萍湖船闸管理处
!m 网站首页 ▕ 船闸概况 ▕ 通航信息 ▕ 采购专栏 ▕ 党建园地
{T}
!m 发布时间：2025-09-04　　点击：188
{BODY}
!l 上一条：萍湖船闸2025年度绿化养护项目询价公告
!l 下一条：暂无
!m 萍湖船闸管理处　地址：萍湖县临河路1号　值班电话：0573-8520 1100
""",
        body="""
萍湖船闸闸门启闭机维修项目已于2025年9月2日完成评标，现将中标结果公示如下：
中标候选人　投标报价（元）　排名
浙北水利机电工程有限公司　1,286,400　第一名
嘉禾闸门设备安装有限公司　1,312,900　第二名
中标人：浙北水利机电工程有限公司。
公示期：2025年9月4日至9月6日。对公示结果有异议的，请在公示期内以书面形式向采购人提出。
采购人联系人：屠工，电话：0573-8520 1135。
""",
    ),
    dict(
        slug="lawfirm-jingheng-ride-hailing-letter-html",
        site="景衡律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="html",
        source="https://www.jinghenglaw.cn/insights/2025/ride-hailing.html",
        title="致网约车平台合作车主的法律风险提示函",
        record_title="法律提示丨致网约车平台合作车主的法律风险提示函 - 景衡律师事务所",
        date="2025-08-18",
        notes="a law firm's insight page: practice-area menu, lawyer card, consult button, disclaimer; letter with numbered risks",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>法律提示丨致网约车平台合作车主的法律风险提示函 - 景衡律师事务所</title></head>
<body>
<div class="hd">⟦m 景衡律师事务所⟧ ⟦m JINGHENG LAW FIRM⟧</div>
<div class="nav">⟦m 律所介绍⟧ ⟦m 专业领域⟧ ⟦m 律师团队⟧ ⟦m 景衡观察⟧ ⟦m 联系我们⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 景衡观察 · 交通运输业务部 · 2025.08.18⟧</div>
{BODY}
<div class="card">⟦m 作者：程以宁 律师 · 景衡律师事务所合伙人⟧</div>
<div class="consult">⟦w 如需进一步法律帮助，欢迎预约景衡律师面谈 ☎ 0755-8396 2210⟧</div>
<div class="disc">⟦d 本文仅为一般性法律信息，不构成对任何具体事项的法律意见。⟧</div>
<div class="ft">⟦m © 景衡律师事务所 粤ICP备20041572号⟧</div>
</body></html>
""",
        body="""
各位合作车主：
近年来，网约车运营中因车辆营运性质、保险、乘客纠纷引发的诉讼逐渐增多。为帮助各位车主防范法律风险，我所提示如下：
一、车辆须取得《网络预约出租汽车运输证》，驾驶员须取得相应从业资格证，否则可能面临行政处罚。
二、车辆应投保营运性质的交强险和商业险。以家庭自用性质投保从事营运的，发生事故后保险公司可能拒赔。
三、遇乘客纠纷时，应保持克制，保存行车记录仪视频，及时通过平台投诉渠道处理，避免发生肢体冲突。
四、平台合作协议中的押金、抽成及解约条款，签署前应仔细阅读，必要时咨询专业律师。
景衡律师事务所
2025年8月18日
""",
    ),
    dict(
        slug="lawfirm-zhengping-labour-lecture-text",
        site="正平律师事务所 (invented)",
        style="律所网站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.zhengpinglaw.com/news/jz/2025-04-30.html",
        title="在企业劳动用工合规讲座上的讲稿",
        record_title="在企业劳动用工合规讲座上的讲稿｜正平律师",
        date="2025-04-28",
        notes="law firm text page; a lecture with date under the title; speaker line neutral; '⌌n⌏' markers glued cut sentences in a wrapped text",
        page="""
!m 正平律师事务所｜专注劳动人事法律服务
!m 首页 / 正平动态 / 讲座文稿
{T}
主讲人：正平律师事务所主任　伍德昌
（2025年4月28日）
!m 2025-04-30　作者：正平品牌部
{BODY}
!w 扫码添加正平律师企业微信，免费获取《劳动用工合规手册》
!l 上一篇：工伤认定中的几个常见误区
!m 正平律师事务所　地址：荷源市解放路260号金融大厦18楼
""",
        wrap=66,
        pages=dict(fmt="⌌{n}⌏", every=230, start=2, glue=True),
        body="""
各位企业负责人、人力资源经理：
今天和大家交流劳动用工合规问题。根据我们近三年代理的案件统计，企业败诉的劳动争议中，超过六成与规章制度和劳动合同管理不规范有关。
一、关于劳动合同。用工之日起一个月内必须签订书面劳动合同，超过一个月不满一年未签订的，企业须支付二倍工资。
二、关于规章制度。涉及劳动者切身利益的规章制度，必须经过民主程序制定并向劳动者公示，否则不能作为处理劳动者的依据。
三、关于解除劳动合同。企业单方解除劳动合同，必须有充分的事实依据和制度依据，并事先通知工会。
希望今天的交流对大家有所帮助。谢谢！
""",
    ),
    dict(
        slug="assoc-jianzhi-papercut-pledge-html",
        site="县剪纸艺术协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.jzxh-art.org.cn/xhdt/2025/0901.html",
        title="关于保护剪纸作品著作权的倡议书",
        record_title="【协会倡议】关于保护剪纸作品著作权的倡议书",
        date="2025-09-01",
        notes="a paper-cutting association; decorated title; member login, join-us button; pledge mentions 下载/转发; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【协会倡议】关于保护剪纸作品著作权的倡议书</title></head>
<body>
<div class="hd">⟦m 菘湾县剪纸艺术协会⟧ ⟦m 一把剪刀 剪出乡愁⟧ <a>⟦a 会员登录⟧</a> <a>⟦a 申请入会⟧</a></div>
<div class="nav">⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 作品欣赏⟧ ⟦m 非遗传承⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 协会动态｜秘书处｜2025-09-01⟧</div>
{BODY}
<div class="share">⟦l 转发到：微信 QQ 微博⟧</div>
<div class="ft">⟦m 菘湾县剪纸艺术协会 版权所有⟧ ⟦m 联系电话：0558-6231 780⟧</div>
</body></html>
""",
        body="""
全县剪纸艺术工作者和爱好者：
近年来，网络上未经授权下载、复制、售卖剪纸作品的现象时有发生，损害了创作者的合法权益。为此，协会倡议：
一、尊重原创。转载、转发他人作品时注明作者，商业使用须取得作者许可。
二、依法维权。发现作品被侵权时，注意保存证据，可向协会反映，协会将协助联系法律援助。
三、主动登记。鼓励会员对代表性作品进行著作权登记，协会每季度集中代办一次。
四、诚信创作。不抄袭、不仿冒他人作品，共同营造健康的创作环境。
菘湾县剪纸艺术协会
2025年9月1日
""",
    ),
    dict(
        slug="assoc-xianfeng-elevator-maint-summary",
        site="市电梯行业协会 (invented)",
        style="行业协会",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.dtxh-js.org/news/2025/0115-1.html",
        title="市电梯行业协会2024年工作总结",
        record_title="市电梯行业协会2024年工作总结.pdf",
        date=None,
        notes="an elevator association; file-name record title; hard-wrapped at 64; statistics table; no date",
        page="""
!m 市电梯行业协会 · 安全 · 诚信 · 服务
!m 首页 > 协会工作 > 年度总结
!t 市电梯行业协会2024年工作总结.pdf
!a [下载PDF]　[在线阅读]
{BODY}
!d 本文件版权归市电梯行业协会所有，转载请注明出处。
!m 协会秘书处　电话：025-8631 4470　邮箱：dtxh@js-elevator.org
""",
        wrap=64,
        body="""
2024年，协会围绕“保障电梯安全运行”这一中心，加强行业自律，服务会员企业，各项工作取得新进展。
一、行业基本情况：
项目　数量
会员单位　132家
在用电梯　6.8万台
维保从业人员　2460人
二、主要工作。组织维保人员技能比武1次、安全培训12期；发布《电梯按需维保服务规范》团体标准；开展维保质量互查，抽查电梯1200台。
三、下一步工作。推动老旧住宅电梯更新改造，配合监管部门建立电梯维保信用评价体系。
""",
    ),
    dict(
        slug="mail-lanxin-museum-fwd-chain",
        site="兰信企业邮箱 (invented, webmail reader)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="https://mail.lanxin.net/readmail?mid=ZL88213",
        title="关于征集县域民俗实物展品的通知",
        record_title="Fwd: 关于征集县域民俗实物展品的通知",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="a forwarded mail chain: mail headers, forwarding note, the notice's own 附件 list and contacts next to the mail's attachment header; send date also accepted",
        page="""
!m 兰信企业邮箱 — 收件箱
!a 回复　回复全部　转发　删除　标记为未读
!t Fwd: 关于征集县域民俗实物展品的通知
!m 发件人：县文化馆办公室 <whg_office@lanxin.net>
!m 收件人：各乡镇综合文化站
!m 时间：2025年4月3日（星期四）上午10:12
!m 附件：2 个（征集登记表.xlsx；捐赠协议模板.docx）
各位站长：转发县民俗博物馆通知，请各站协助宣传。——文化馆办公室
!m ---------- 转发的邮件 ----------
!m 发件人：县民俗博物馆 <msbwg@lanxin.net>
!m 日期：2025年4月2日 16:45
{BODY}
!a 下载全部附件（打包zip）　　预览
!d 此邮件来自企业外部，请谨慎点击链接或打开附件。
""",
        body="""
各乡镇综合文化站：
为丰富馆藏、传承乡土文化，县民俗博物馆面向社会征集县域民俗实物展品。现将有关事项通知如下：
一、征集范围：传统农具、纺织工具、婚嫁用品、节庆用品、老字号招牌等反映本县民俗风情的实物。
二、征集方式：以捐赠为主，也可采取借展方式。捐赠者将获颁收藏证书，展品说明中注明捐赠人姓名。
三、请各文化站摸排辖区内民间收藏情况，于4月30日前将征集登记表报送至msbwg@lanxin.net。
联系人：殷秀英，电话：0792-3316 208。
附件：1.民俗实物征集登记表
2.捐赠协议模板
县民俗博物馆
2025年4月2日
""",
    ),
    dict(
        slug="mail-cangao-newsletter-heat-html",
        site="苍岙供热公司客户简报 (invented, mailed newsletter)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mailer.cangao-heat.com/v/2024-11-newsletter",
        title="关于2024—2025年采暖期开栓供热的通知",
        record_title="【客户简报·11月刊】关于2024—2025年采暖期开栓供热的通知",
        date="2024-11-01",
        notes="an HTML newsletter: 'view in browser', unsubscribe, preference links; notice with fee table and online payment sentences",
        page="""
<html><head><meta charset="utf-8"><title>【客户简报·11月刊】关于2024—2025年采暖期开栓供热的通知</title></head>
<body>
<table width="600" align="center">
<tr><td>⟦a 邮件显示不正常？点此在浏览器中查看⟧</td></tr>
<tr><td>⟦m 苍岙供热 · 客户简报 2024年11月刊⟧</td></tr>
<tr><td><h2>{T}</h2></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦l 本期其他内容：室温不达标怎么办？｜ 供热管网改造进展⟧</td></tr>
<tr><td>⟦a 您收到此邮件是因为您订阅了苍岙供热客户简报。退订｜修改订阅偏好⟧</td></tr>
<tr><td>⟦m 苍岙供热有限公司　客服热线：96069⟧</td></tr>
</table>
</body></html>
""",
        body="""
尊敬的热用户：
根据市政府有关规定，2024—2025年采暖期自2024年11月15日起至2025年3月15日止，共计120天。现将有关事项通知如下：
一、收费标准：
类别　标准
居民用户　22元/平方米·采暖期
非居民用户　31元/平方米·采暖期
二、缴费方式：用户可通过“苍岙供热”公众号、各大银行APP在线缴费，也可到营业厅办理。
三、开栓前请用户检查室内暖气片和阀门，家中无人时请关闭进户阀门，防止跑水。
苍岙供热有限公司
2024年11月1日
""",
    ),
    dict(
        slug="mail-zhenan-reply-chain-request",
        site="臻安邮 (invented, webmail print)",
        style="邮件转发",
        genre="请示",
        kind="other",
        form="text",
        source="https://webmail.zhenan.gov.cn/print?uid=4402",
        title="关于申请增设防汛物资仓库的请示",
        record_title="答复：Re: 关于申请增设防汛物资仓库的请示.docx",
        title_in="decorated",
        date="2025-05-06",
        date_also=["2025-05-09"],
        notes="a mail reply chain printed from webmail; quoted reply above the forwarded request; 'Re:' and .docx decoration; reply date also accepted",
        page="""
!m 臻安邮 · 打印邮件
!t 答复：Re: 关于申请增设防汛物资仓库的请示.docx
!m 发件人：县应急管理局物资股　　时间：2025-05-09 15:02
!m 收件人：洋口镇应急办
已收悉，请示已转呈局领导，物资股将于下周到现场查看选址。
!m > 原始邮件 ---
!m > 发件人：洋口镇应急办　时间：2025-05-06 09:40
{BODY}
!d 本邮件及附件含内部信息，仅限收件人使用。
!m 打印时间：2025-05-10 08:03　第1页/共1页
""",
        body="""
县应急管理局：
我镇地处洋江下游，境内有堤防28公里、小型水库4座，汛期防汛抢险任务繁重。目前，镇防汛物资仓库面积仅120平方米，储备的编织袋、救生衣、抽水泵等物资已不能满足需要。
为此，我镇拟利用原粮站闲置仓库改建防汛物资仓库，面积约450平方米，改造资金约36万元，申请县应急管理局给予资金补助20万元，其余由镇财政自筹。
妥否，请批示。
联系人：应急办 肖勇，电话：151 7060 3389。
洋口镇人民政府
2025年5月6日
""",
    ),
]
