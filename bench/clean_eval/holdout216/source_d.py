"""holdout216, part D: intranets, company sites, trade associations, tender portals and law firms.
Every case written by hand; invented sites, places, people and numbers.
"""

CASES = [
    dict(
        slug="oa-xinglv-minutes-trolley-handle-quality",
        site="笥川行旅箱包有限公司协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.xinglv-bag.com/doc/view.do?id=20240314007",
        title="拉杆总成质量问题专题会议纪要",
        record_title="【专题会·纪要】拉杆总成质量问题专题会议纪要 - 行旅OA",
        date="2024-03-14",
        notes="OA document view: 流转记录, read count, a mark-as-read button; the minutes' 时间/地点/主持/参会/记录 lines; the "
        "date is the 时间 line's; sampling records printed daily (content)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【专题会·纪要】拉杆总成质量问题专题会议纪要 - 行旅OA</title>
</head><body>
<div class="oa-top">⟦m 行旅OA · 笥川行旅箱包有限公司⟧ ⟦m 当前用户：质量管理部 孔令仪⟧ <a>⟦a 退出登录⟧</a></div>
<div class="oa-menu">⟦m 工作台⟧ ⟦m 公文管理⟧ ⟦m 会议管理⟧ ⟦m 流程中心⟧ ⟦m 通讯录⟧</div>
<div class="oa-crumb">⟦m 会议管理 › 会议纪要 › 查看⟧</div>
<div class="doc-head"><h3>{T}</h3>
<p>⟦m 拟稿：汪蕾　审核：严立新　密级：内部　阅读次数：58⟧</p></div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦l 流转情况⟧</h4>
<table><tr><td>⟦l 汪蕾　拟稿　03-14 17:05⟧</td></tr><tr><td>⟦l 严立新　签发　03-15 08:40⟧</td></tr><tr><td>⟦l 分发至 生产部、采购部、技术部、售后部⟧</td></tr></table></div>
<div class="oa-btn"><button>⟦a 本人已阅⟧</button> <button>⟦a 转发同事⟧</button> <button>⟦a 存成PDF⟧</button></div>
<div class="oa-foot">⟦m 行旅OA V6.2　信息中心维护　内线 8016⟧</div>
</body></html>
""",
        body="""
时间：2024年3月14日14:30
地点：公司三楼第二会议室
主持：副总经理　严立新
参会：质量管理部、生产部、采购部、技术部负责人，拉杆车间主任
记录：汪蕾
会议听取了质量管理部关于2月份拉杆总成客诉情况的汇报。2月份共收到拉杆卡滞、松晃类客诉37起，占当月客诉总数的46%，主要集中在T-2208型号。会议议定：
一、技术部3月20日前完成拉杆内管铆点结构改进方案，采购部同步与管材供应商核对壁厚公差。
二、生产部在装配线增加拉杆往复拉伸抽检，每班抽检不少于10只，抽检记录每日打印存档。
三、已发出的T-2208批次由售后部逐单回访，客户要求换货的一律换货。
四、质量管理部4月上旬组织复查，结果报总经理办公会。
""",
    ),
    dict(
        slug="oa-ganxi-notice-warehouse-hygrometer-checks",
        site="玕溪医药物流OA (invented, text export)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://oa.ganxi-yywl.com/portal/notice/2024/0603-12.txt",
        title="关于仓库温湿度计每日点检的通知",
        record_title="关于仓库温湿度计每日点检的通知（第三稿）.doc",
        date="2024-06-03",
        notes="file-name record title; intranet text export: the notice's own extension beside the IT desk line; a read "
        "receipt line; numbered list; 成文日期",
        page="""
!m 玕溪医药物流有限公司 · 内部门户
!m 公告通知 ＞ 质量管理
{T}
!m 发文部门：质量管理部　　阅读范围：仓储中心全体　　已读 96 / 未读 11
{BODY}
!a 【我已知晓】　【下载附件】　【返回列表】
!m 系统故障请拨信息部服务台：内线 6600
!d 本页内容仅限公司内部使用，请勿外传。
""",
        body="""
仓储中心各库区：
6月以来，气温升高，雨水增多。上周质量巡查发现，阴凉库B区有两只温湿度计读数与监测系统相差较大，冷藏库门口的温湿度计被货架挡住，无法读数。为确保药品储存条件符合要求，现就每日点检通知如下：
1．各库区每天9:00、15:00各点检一次，核对墙挂温湿度计与监测系统读数，偏差超过温度2℃或湿度5%的，立即报质量管理部。
2．温湿度计须安装在库区中部、离地1.5米处，不得被货物遮挡。
3．点检记录每周五汇总，由库区主管签字后交质量管理部存档。
质量管理部联系人：韦思琪，内线6218
质量管理部
2024年6月3日
""",
    ),
    dict(
        slug="company-liuling-news-carbon-racket-launch",
        site="鹠翎体育用品有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.liuling-sports.com/news/company/2024/0416.html",
        title="鹠翎新款碳纤维羽毛球拍下线",
        record_title="鹠翎新款碳纤维羽毛球拍下线 - 新闻中心 - 鹠翎体育",
        record_date="2024-04-16",
        date="2024-04-16",
        notes="company site: cookie notice, service float, a column tag glued before the lead; record date; product "
        "ad between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>鹠翎新款碳纤维羽毛球拍下线 - 新闻中心 - 鹠翎体育</title>
</head><body>
<header><a class="logo">⟦m 鹠翎体育 LIULING⟧</a>
<nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 新闻中心⟧ ⟦m 品牌故事⟧ ⟦m 联系我们⟧</nav>
<a class="shop">⟦a 去官方旗舰店⟧</a></header>
<div class="banner-crumb">⟦m 首页 / 新闻中心 / 公司新闻⟧</div>
<article><h1>{T}</h1>
<p class="date">⟦m 2024-04-16　　浏览：739⟧</p>
{BODY}
</article>
<div class="prev-next">⟦l 上一篇：鹠翎体育参加2024中国体育用品博览会⟧<br>⟦l 下一篇：鹠翎赞助市青少年羽毛球公开赛⟧</div>
<div class="float-kf">⟦w 在线客服⟧ ⟦w 经销合作热线 400-860-5170⟧</div>
<div class="cookie">⟦d 本网站使用Cookie来改善浏览体验，继续浏览即表示同意。⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m © 2024 鹠翎体育用品有限公司 版权所有　苏ICP备18052241号⟧</footer>
</body></html>
""",
        body="""
⟦m 【公司新闻】⟧4月15日，鹠翎体育簏湾生产基地新建的碳纤维羽毛球拍生产线正式投产，首批“轻翎7”系列球拍下线。
新款球拍采用高模量碳纤维一体成型拍框，空拍重量约83克，平衡点295毫米，可承受30磅拉力，适合进阶球友使用。
⟦a 轻翎7系列已上架官方旗舰店，点此了解⟧
公司负责人介绍，新生产线引进了自动缠绕和真空成型设备，单班日产能达到1200支，比原来的手工工艺提高了近两倍，产品合格率稳定在98%以上。
今年，鹠翎计划推出面向青少年和业余球友的三个系列，并在簏湾镇建设球拍检测实验室，为周边企业提供拍框强度和平衡点检测服务。
""",
    ),
    dict(
        slug="company-tuxia-recall-trolley-cases-batches",
        site="途匣箱包官网 (invented, text capture)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.tuxia-bags.cn/gonggao/recall-2024-09.html",
        title="关于召回部分批次拉杆箱的公告",
        record_title="关于召回部分批次拉杆箱的公告｜途匣 TUXIA 官网",
        date="2024-09-23",
        notes="company site text: recalled batches as a table; the recall line beside the site's 400 order line; a cookie "
        "line; 成文日期",
        page="""
!m 途匣 TUXIA｜出发，就带上途匣
!m 首页　新品　系列　门店　售后服务　关于途匣
!m 售后服务 > 公告
{T}
!m 发布：途匣箱包　　阅读 5128
{BODY}
!w 订购热线 400-878-2233　　官方商城 shop.tuxia-bags.cn
!d 本站使用Cookie记住您的偏好设置，详见隐私政策。
!m © 2024 橐城途匣箱包制造有限公司　桂ICP备20004913号
""",
        body="""
尊敬的顾客：
我公司发现，部分批次的“远行”系列20寸拉杆箱，因拉杆锁止卡扣注塑件强度不足，在频繁伸缩后可能出现拉杆突然回缩，存在夹伤手指的风险。为保障消费者安全，我公司决定自即日起召回以下批次产品：
型号　生产批次　生产日期　数量
YX-20A　24B0312　2024年3月　2860只
YX-20A　24B0418　2024年4月　3125只
YX-20C　24C0506　2024年5月　1974只
批次号印在箱内标签上。持有上述产品的顾客，可到任一途匣门店免费更换拉杆组件，也可寄回公司更换，往返运费由我公司承担。
召回专线：0772-5836119（每天8:30—20:00）
由此给您带来的不便，我们深表歉意。
橐城途匣箱包制造有限公司
2024年9月23日
""",
    ),
    dict(
        slug="assoc-tuocheng-pledge-filing-cabinet-quality",
        site="橐城市办公家具行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.tcbgjj.org.cn/xhdt/2024/0520/412.html",
        title="文件柜产品质量诚信自律倡议书",
        record_title="〖诚信倡议〗文件柜产品质量诚信自律倡议书 - 橐城办公家具协会",
        date="2024-05-20",
        notes="association site: member login row, member hotline; the association's name in the header is also the "
        "signature (matched as head); share icons glued after a sentence; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖诚信倡议〗文件柜产品质量诚信自律倡议书 - 橐城办公家具协会</title>
</head><body>
<div class="top">⟦m 橐城市办公家具行业协会⟧ <span>⟦a 会员单位登录⟧</span> <span>⟦a 申请入会⟧</span></div>
<div class="nav">⟦m 协会首页⟧ ⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 行业标准⟧ ⟦m 会员风采⟧</div>
<div class="pos">⟦m 位置：协会动态 - 自律倡议⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 协会秘书处　2024-05-22　阅读 284⟧</div>
<div class="txt">
{BODY}
</div>
<div class="side"><p>⟦l 协会动态⟧</p><p>⟦l 协会召开2024年会员大会⟧</p><p>⟦l 钢制家具企业安全生产培训班举办⟧</p></div>
<div class="ft">⟦m 会员服务热线：0772-2619006⟧<br>⟦m 橐城市办公家具行业协会 版权所有⟧</div>
</body></html>
""",
        date_also=["2024-05-22"],
        body="""
全市办公家具生产、销售企业：
近年来，我市钢制文件柜产业发展较快，但也有个别企业偷工减料，用0.4毫米薄板冒充0.6毫米板材，柜门锁具一撬就开，损害了全行业的声誉。为此，协会向全体会员单位倡议：
一、严守标准。文件柜板材厚度、承重、锁具等指标严格执行国家标准，不以次充好、不虚标参数。⟦l 分享到 ▸ 微信 · 微博⟧
二、明码标价。在产品标签上如实标注板材厚度和生产企业，接受用户监督。
三、做好售后。文件柜出现变形、锁具失灵等质量问题的，企业要在承诺期限内上门维修或更换。
四、相互监督。发现会员单位违反本倡议的，可向协会秘书处反映，协会将在行业内通报。
橐城市办公家具行业协会
2024年5月20日
""",
    ),
    dict(
        slug="assoc-duyang-minutes-tabletennis-table-standard",
        site="椟阳县体育器材行业协会 (invented, text capture)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.dyqicai.org/tzgg/2024/0809/76.html",
        title="椟阳县体育器材行业协会第二届理事会第四次会议纪要",
        date="2024-08-09",
        date_also=["2024-08-07"],
        notes="the record gives the title as is; minutes with 时间/地点/主持/出席/列席/记录 lines and a vote count; the "
        "signature's date expected, the meeting's 时间 also accepted",
        page="""
!m 椟阳县体育器材行业协会
!m 首页 · 协会简介 · 通知公告 · 团体标准 · 会员名录
{T}
!m 发布：协会秘书处　｜　阅读：203　｜　【字体 大 中 小】
{BODY}
!a 〔打印纪要〕　〔关闭〕
!m 协会地址：椟阳县工业园区创业大道9号　电话：0744-2213390
""",
        body="""
时间：2024年8月7日上午9:00
地点：协会会议室
主持：会长　邓振华
出席：理事15人（应到17人）
列席：监事　卢小芹
记录：秘书处　朱婉
会议审议了《户外乒乓球台》团体标准（征求意见稿），会议认为：户外乒乓球台多安装在公园和小区，台面要耐晒耐腐蚀，台腿要能防倾倒，标准中应增加台面抗冲击和整台稳定性试验。
会议议定：一、由会员企业椟阳宏跃体育设施公司牵头修改标准文本，9月底前形成送审稿；二、10月组织第三方机构对会员企业的户外乒乓球台开展比对测试。
表决情况：同意15票，反对0票，弃权0票。
椟阳县体育器材行业协会秘书处
2024年8月9日
""",
    ),
    dict(
        slug="tender-tuocheng-result-school-filing-cabinets",
        site="橐城市公共资源交易平台 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.tuocheng.gov.cn/jyxx/zfcg/zbgg/20240708/6621907.html",
        title="橐城市第十二中学办公家具（文件柜）采购项目中标结果公告",
        record_title="橐城市第十二中学办公家具（文件柜）采购项目中标结果公告【结果公示】- 橐城公共资源交易",
        date="2024-07-08",
        notes="tender portal: a countdown, CA and trading-system helplines beside the purchaser's and the agency's own "
        "contacts; bid lots as a table; 公告日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>橐城市第十二中学办公家具（文件柜）采购项目中标结果公告【结果公示】- 橐城公共资源交易</title>
</head><body>
<div class="ggzy-top">⟦m 橐城市公共资源交易平台⟧ <a>⟦a 主体库登录⟧</a> <a>⟦a CA证书办理⟧</a></div>
<div class="ggzy-nav">⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政府采购⟧ ⟦m 工程建设⟧ ⟦m 服务指南⟧</div>
<div class="ggzy-loc">⟦m 交易信息 ＞ 政府采购 ＞ 中标（成交）公告⟧</div>
<h2>{T}</h2>
<div class="ggzy-info">⟦m 信息来源：橐城诚达招标代理有限公司　　浏览：167⟧</div>
<div class="countdown">⟦m 公示期剩余：00天23时41分⟧</div>
<div class="ggzy-content">
{BODY}
</div>
<div class="ggzy-help">⟦m CA锁办理及驱动问题：0772-2880919⟧<br>⟦m 交易系统操作咨询：0772-2880920⟧</div>
<div class="ggzy-foot">⟦m 主办：橐城市公共资源交易中心　桂ICP备12006518号⟧</div>
</body></html>
""",
        body="""
一、项目编号：TCCD-2024-C117
二、项目名称：橐城市第十二中学办公家具（文件柜）采购项目
三、中标信息
包号　货物名称　中标供应商　中标金额（元）
1　钢制文件柜（160组）　橐城宏固办公家具有限公司　185600.00
2　档案密集柜（12组）　笥川恒锻金属制品有限公司　96300.00
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：橐城市第十二中学，联系人：骆建平，电话：0772-2615208
代理机构：橐城诚达招标代理有限公司，联系人：温子涵，电话：0772-2837716
橐城诚达招标代理有限公司
2024年7月8日
""",
    ),
    dict(
        slug="tender-yingshui-inquiry-outdoor-tabletennis-tables",
        site="籝水县政府采购网 (invented, text capture)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://www.yingshui.gov.cn/zfcg/xjgg/2024/0410/3306.html",
        title="籝水县2024年中小学室外乒乓球台采购项目询价公告",
        record_title="[询价·货物类] 籝水县2024年中小学室外乒乓球台采购项目询价公告 - 籝水县政府采购网",
        date="2024-04-10",
        notes="procurement text: suppliers download the inquiry file (content); the purchaser's contact beside the "
        "platform's CA line; a requirements table; 公告日期",
        page="""
!m 籝水县政府采购网
!m 首页 > 采购公告 > 询价公告
{T}
!m 发布日期：2024-04-10　　浏览次数：96
{BODY}
!m 电子交易系统CA服务：0736-8229100
!l 上一条：籝水县第三小学课桌椅采购项目成交公告
!m 籝水县财政局主办　湘ICP备09021573号
""",
        body="""
一、项目编号：YSCG-2024-XJ032
二、采购内容
品目　数量　主要参数
室外乒乓球台　36张　台面为SMC复合板或钢板，厚度不小于25毫米
乒乓球网架　36副　镀锌钢管，可拆卸
三、预算金额：12.6万元，最高限价同预算。
四、获取询价文件：有意向的供应商请于4月11日至4月16日登录本网站下载询价文件，不接受纸质报名。
五、报价截止时间：2024年4月19日9:30。
六、采购人：籝水县教育局，联系人：伍星辉，电话：0736-8213047
籝水县教育局
2024年4月10日
""",
    ),
    dict(
        slug="lawfirm-zhizhong-qa-damaged-checked-trolley-case",
        site="执中律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.zhizhong-law.cn/anli/minshang/2071.html",
        title="托运的拉杆箱被摔坏，航空公司该怎么赔？",
        record_title="律师拆解｜托运的拉杆箱被摔坏，航空公司该怎么赔？｜执中律所",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line, repost notice; a lawyer's answer; updated '2 个月前' "
        "(no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>律师拆解｜托运的拉杆箱被摔坏，航空公司该怎么赔？｜执中律所</title>
</head><body>
<div class="top">⟦m 执中律师事务所⟧ ⟦m 执法之中 · 守信于人⟧ ⟦w 全国咨询 400-117-6630⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业团队⟧ ⟦m 典型案例⟧ ⟦m 法律问答⟧</div>
<div class="loc">⟦m 法律问答 › 民商事 › 运输纠纷⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 解答律师：伍嘉禾　更新于 2 个月前　阅读 1351⟧</div>
<div class="answer">
{BODY}
</div>
<div class="card">⟦w 伍嘉禾律师｜执业证号 14501201910288731｜擅长运输合同、消费维权⟧<br><a>⟦w 免费留言咨询 ›⟧</a></div>
<div class="repost">⟦d 本文系执中律所原创，转载请保留出处，文章不构成正式法律意见。⟧</div>
<div class="float">⟦w 在线咨询⟧ ⟦w 电话回拨⟧</div>
<div class="foot">⟦m 执中律师事务所　地址：橐城市金湖路88号金湖大厦12层⟧</div>
</body></html>
""",
        body="""
问：我从橐城飞成都，托运的拉杆箱到了以后一只轮子断了，箱体也裂了一道口子。航空公司说只能按重量赔，每公斤100元，箱子才14公斤，可这只箱子买的时候花了1600元。请问该怎么办？
答：这种情况比较常见，分几步处理：
第一，当场在机场行李查询柜台办理破损登记，拿到破损事故记录单，并给箱子拍照留存。离开机场后再主张，举证会困难很多。
第二，国内航班托运行李损坏，航空公司确实可以依据运输条件按重量限额赔偿；但如果您托运时办理了声明价值，可以按声明价值索赔。
第三，如果箱子是在保修期内，也可以同时联系箱包品牌，有的品牌对托运造成的轮子损坏提供免费维修。
建议今后托运贵重的拉杆箱时，提前办理声明价值或购买行李险。
""",
    ),
    dict(
        slug="lawfirm-mingli-letter-fake-badminton-rackets",
        site="明栎律师事务所 (invented, text capture)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.minglilaw.com/wenshu/lvshihan/0931.html",
        title="关于停止销售假冒品牌羽毛球拍的律师函",
        record_title="【律师函实例】关于停止销售假冒品牌羽毛球拍的律师函 - 明栎律师事务所",
        date="2024-10-09",
        notes="law firm text: a lawyer's letter with its own contact (phone and mailbox) beside the firm's consult line; "
        "成文日期 in Chinese numerals under the signature",
        page="""
!m 明栎律师事务所 | 知识产权 · 商事争议
!m 首页 / 文书示例 / 律师函
{T}
!m 整理：明栎律所知产团队　　浏览 622
{BODY}
!w 知识产权咨询：0772-3128800（微信同号）
!d 文书已隐去当事人信息，仅供参考，具体个案请咨询律师。
!l 相关文书：商标侵权警告函｜著作权侵权停止函｜律师催告函
!m 明栎律师事务所 版权所有
""",
        body="""
橐城市某体育用品商店：
明栎律师事务所接受鹠翎体育用品有限公司（以下简称“委托人”）委托，就贵店销售假冒“鹠翎”商标羽毛球拍一事，致函如下：
经委托人调查，贵店自2024年8月起在店内及网店销售标有“鹠翎”“轻翎7”字样的羽毛球拍，该批球拍并非委托人生产，其拍框材质、做工与正品明显不符，已有消费者向委托人投诉。
贵店上述行为涉嫌侵犯委托人的注册商标专用权。请贵店自收到本函之日起3日内停止销售上述球拍，下架相关网店链接，并书面告知进货来源。逾期不予理会的，委托人将依法追究贵店的法律责任。
联系人：沈若愚律师，电话：0772-3128815，邮箱：shenry@minglilaw.com
明栎律师事务所
二〇二四年十月九日
""",
    ),
]
