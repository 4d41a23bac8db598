"""holdout142, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Invented text; see ../build.py."""

CASES = [
    dict(
        slug="localbbs-taoxi-text-onion-price",
        site="桃溪生活网论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://bbs.taoxilife.com/thread-118823-1-1.html",
        title="致全镇洋葱种植户的一封信",
        record_title="[转帖] 致全镇洋葱种植户的一封信 - 乡镇动态 - 桃溪生活网",
        date="2025-05-20",
        date_also=["2025-05-21"],
        notes="county forum repost; post date differs from the letter's date; forum junk; signature lines kept",
        page="""
!m 桃溪生活网 › 桃溪论坛 › 乡镇动态
!t [转帖] 致全镇洋葱种植户的一封信 - 乡镇动态 - 桃溪生活网
!m 溪边老赵　　楼主　　发表于 2025-5-21 09:14
!m 积分 2231　　帖子 688　　注册时间 2016-3-2
{BODY}
!l 本帖最后由 溪边老赵 于 2025-5-21 09:20 编辑
!l 2楼　葱头妹：今年价格确实低，希望能帮到大家
!a 高级模式 | 回复 | 发帖
!m 桃溪生活网　客服热线：0539-7211999　鲁ICP备09011278号
""",
        junk=dict(lines=1, glued=2),
        body="""
全镇洋葱种植户朋友们：
今年全镇洋葱种植面积达到2.6万亩，丰收已成定局，但受外地集中上市影响，近期收购价格明显下滑。为帮助大家稳定销售、减少损失，镇党委、镇政府已联系冷库企业和外贸公司，启动保护价收购。
一是请大家不要恐慌抛售，成熟后分批采收，采收后晾晒三至五天再入库。二是镇农技站每天在各村广播最新收购价格，请以官方发布为准，不要轻信不明来路的收购商。三是有储存需求的农户，可到村委会登记，冷库按每吨每月30元的优惠价收费。
桃溪镇人民政府
2025年5月20日
""",
    ),
    dict(
        slug="localbbs-fenghe-html-road-sculpture",
        site="凤河论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.fenghebbs.cn/t/44091",
        title="关于城市雕塑方案征求公众意见的公告",
        record_title=None,
        date="2025-08-12",
        notes="modern local forum: board tags, reply floors; consultation mailbox kept; sentence about 扫码 kept",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>关于城市雕塑方案征求公众意见的公告 - 凤河论坛</title></head>
<body><header>⟦m 凤河论坛 · 咱凤河人自己的网上家园⟧ <button>⟦a 发帖⟧</button> <button>⟦a 登录⟧</button></header>
<div class="bread">⟦m 凤河论坛 / 城事热议 / 政务公告⟧</div>
<article><h1>{T}</h1><div class="tags">⟦l #政务公告 #城市建设⟧</div>
<div class="author">⟦m 凤河城管小助手 · 2025-08-12 15:30 · 浏览 6.4k⟧</div>
{BODY}
</article>
<section class="replies"><p>⟦l 1楼 芦花飞：第二个方案好看！⟧</p><p>⟦l 2楼 老街坊：希望别太花哨⟧</p><p>⟦l 加载更多回复⟧</p></section>
<footer>⟦m 凤河论坛 © 2025　运营：凤河传媒⟧</footer>
</body></html>
""",
        body="""
为提升滨河广场景观品质，市城市雕塑管理办公室组织设计了三组主题雕塑方案，现向社会公开征求意见。
一、公示时间：2025年8月12日至8月26日。
二、意见反馈方式：市民可到滨河广场展板现场查看方案，扫描展板上的二维码投票；也可将书面意见发送至电子邮箱fhdiaosu@163.com。
三、公示期满后，我办将综合专家评审和公众意见确定实施方案，并向社会公布。
凤河市城市雕塑管理办公室
2025年8月12日
""",
    ),
    dict(
        slug="download-ruiyun-html-gaokao-rules",
        site="瑞云下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="regulation",
        form="html",
        source="http://www.ruiyundown.com/soft/wendang/30218.html",
        title="普通高考考点考务管理工作细则",
        record_title="普通高考考点考务管理工作细则 Word版 免费下载",
        date=None,
        notes="old table download station: file info table, mirror links, dead-link report; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>普通高考考点考务管理工作细则 Word版 免费下载_瑞云下载站</title></head>
<body><table width="980"><tr><td>⟦m 瑞云下载站 — 绿色 安全 高速⟧</td><td>⟦a 加入收藏⟧ ⟦a 投稿⟧</td></tr></table>
<table width="980"><tr><td>⟦m 当前位置：瑞云下载 → 文档资料 → 教育考试⟧</td></tr></table>
<table width="980"><tr><td><h1>{T}</h1></td></tr>
<tr><td>⟦m 软件大小：46KB⟧</td><td>⟦m 软件语言：简体中文⟧</td><td>⟦m 授权方式：免费软件⟧</td></tr>
<tr><td>⟦m 更新时间：2025-04-30 11:02:17⟧</td><td>⟦m 运行环境：WinAll⟧</td><td>⟦m 下载次数：412⟧</td></tr></table>
<table width="980"><tr><td>
{BODY}
</td></tr></table>
<table width="980"><tr><td>⟦a 电信下载一⟧ ⟦a 联通下载二⟧ ⟦a 移动下载三⟧</td></tr>
<tr><td>⟦a 如果下载地址失效，请点此报告⟧</td></tr></table>
<table width="980"><tr><td>⟦d 本站资源均来自网络，仅供学习研究，请于下载后24小时内删除。⟧ ⟦m Copyright 2008-2025 瑞云下载站⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为规范考点考务管理，确保普通高考安全平稳，制定本细则。
第二条　考点设主考一人，副主考若干人，负责考点考务工作的组织实施。
第三条　考点应当设置保密室，试卷保管实行双人双锁、24小时视频监控。
第四条　监考员由考点从在职教师中选聘，实行本校教师回避制度。
第五条　考点应当在每科考试结束后30分钟内将答题卡装袋密封，按规定路线送交市考试中心。
第六条　本细则自发布之日起施行。
""",
    ),
    dict(
        slug="download-wanjuan-text-storage-contract",
        site="万卷资料站 (invented)",
        style="资料下载站",
        genre="合同",
        kind="other",
        form="text",
        source="https://www.wanjuanziliao.com/hetong/9916.html",
        title="储能电站运维服务合同（示范文本）",
        record_title="储能电站运维服务合同（示范文本）.wps",
        date=None,
        notes="file-name title; template placeholders; page markers in a wrapped text; no date",
        page="""
!m 万卷资料站 ── 合同协议 ── 能源电力
!t 储能电站运维服务合同（示范文本）.wps
!m 资料类型：合同范本　│　页数：6　│　评分：★★★★☆
!a 【下载地址】本地下载　│　百度网盘下载（提取码见页面底部）
{BODY}
!a 提取码：k7mq
!d 声明：本站仅提供资料下载，不提供法律咨询。
""",
        wrap=66,
        pages=dict(fmt="─{n}─", every=180, start=2),
        body="""
甲方（委托方）：＿＿＿＿＿＿＿＿
乙方（运维方）：＿＿＿＿＿＿＿＿
第一条　服务内容。乙方负责甲方位于＿＿＿＿的储能电站日常巡检、设备维护、故障处理和运行数据报送，保证电站可用率不低于98%。
第二条　服务期限。自＿＿＿＿年＿＿月＿＿日起至＿＿＿＿年＿＿月＿＿日止。
第三条　服务费用。年度运维费用为人民币＿＿＿＿元，按季度支付，甲方于每季度首月10日前支付当季费用。
第四条　安全责任。乙方应当配备持证运维人员，严格执行两票三制；因乙方原因造成设备损坏的，由乙方负责赔偿。
第五条　争议解决。因本合同发生争议，双方协商不成的，提交＿＿＿＿仲裁委员会仲裁。
""",
    ),
    dict(
        slug="exam-renkao-html-health-supervisor-recruit",
        site="云岭人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.ylrsks.gov.cn/ksxx/sydw/202504/t20250409_2901.html",
        title="县卫生监督所2025年公开招聘工作人员公告",
        record_title="县卫生监督所2025年公开招聘工作人员公告_云岭人事考试网",
        date="2025-04-09",
        notes="exam site: position table; committee's 咨询电话 beside the site's technical line; 准考证 下载/打印 sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>县卫生监督所2025年公开招聘工作人员公告_云岭人事考试网</title></head>
<body><div class="hd">⟦m 云岭人事考试网⟧ ⟦a 考生登录⟧ ⟦a 成绩查询⟧</div>
<div class="nav">⟦m 首页 · 公务员考试 · 事业单位 · 职称考试 · 政策法规⟧</div>
<div class="pos">⟦m 您所在的位置：首页 > 事业单位 > 招聘公告⟧</div>
<h2>{T}</h2>
<div class="date">⟦m 【发布时间：2025-04-09】【来源：县人社局】⟧</div>
{BODY}
<div class="fj">⟦a 相关附件请在电脑端下载⟧</div>
<div class="foot">⟦m 技术支持电话：0871-63390011（工作日9:00-17:00）⟧ ⟦m 滇ICP备06001782号⟧</div>
</body></html>
""",
        body="""
根据事业单位公开招聘有关规定，县卫生监督所2025年公开招聘工作人员4名。现将有关事项公告如下。
一、招聘岗位
岗位代码　岗位名称　人数　专业要求
2501　卫生监督员　3　预防医学、卫生检验与检疫
2502　综合文秘　1　汉语言文学、新闻学
二、报名方式
报名时间为4月15日至4月21日，一律实行网上报名。笔试时间另行通知，考生须于考前3日登录本网站下载并打印准考证。
三、咨询方式
咨询电话：0871-64021835（县卫生监督所办公室）
县人力资源和社会保障局
2025年4月9日
""",
    ),
    dict(
        slug="exam-kaoshibao-text-medical-insurance-interview",
        site="考试宝人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.kaoshibao-rs.com/gg/2025/0613/7720.html",
        title="县医疗保障事务中心2025年招聘面试公告",
        record_title="【面试公告】县医疗保障事务中心2025年招聘面试公告",
        date="2025-06-13",
        notes="decorated record title; interview list table; chrome glued before a paragraph",
        page="""
!m 考试宝人事考试信息网 · 招考资讯早知道
!m 首页 > 面试公告 > 事业单位
!t 【面试公告】县医疗保障事务中心2025年招聘面试公告
!m 2025-06-13　　来源：县医疗保障局　　阅读：1832
{BODY}
!w 面试冲刺班火热报名中，咨询请加老师微信 ksb_ms01
!l 上一篇：县图书馆2025年招聘笔试成绩公示
!l 下一篇：县档案馆2025年招聘资格复审公告
!m 考试宝 版权所有　　黔ICP备18004527号
""",
        body="""
根据县医疗保障事务中心2025年公开招聘笔试成绩，现将面试有关事项公告如下。
一、面试人员名单
准考证号　姓名　岗位
250301108　聂思远　医保经办
250301215　卫佳怡　医保经办
250302033　殷博　基金审核
二、面试时间和地点
2025年6月21日上午8:00，县委党校教学楼。考生须在7:30前凭本人身份证和准考证进入候考室。⟦a 点击放大⟧
三、面试方式
面试采用结构化面试，满分100分，合格分数线为60分。
县医疗保障局
2025年6月13日
""",
    ),
    dict(
        slug="tender-zhaocai-html-reed-clearance",
        site="水泽县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.shuize.gov.cn/jyxx/zfcg/zbgg/20250915/3310.html",
        title="白漾湖湿地芦苇收割及清运服务项目招标公告",
        record_title="白漾湖湿地芦苇收割及清运服务项目招标公告",
        date="2025-09-15",
        notes="tender platform: purchaser and agency contacts kept beside the platform's CA hotline; lot table",
        page="""
<html><head><meta charset="utf-8"><title>水泽县公共资源交易网</title></head>
<body><div class="top">⟦m 水泽县公共资源交易网⟧ ⟦a 主体登录⟧ ⟦a CA办理⟧</div>
<div class="menu">⟦m 首页 交易信息 政策法规 办事指南 下载中心⟧</div>
<div class="loc">⟦m 当前位置：交易信息 > 政府采购 > 招标公告⟧</div>
<h1>{T}</h1>
<div class="pub">⟦m 信息时间：2025-09-15　阅读次数：207⟧ ⟦a 【我要打印】⟧</div>
{BODY}
<div class="foot">⟦m CA证书及平台技术服务热线：400-017-6618⟧ ⟦m 主办单位：水泽县公共资源交易中心⟧</div>
</body></html>
""",
        body="""
项目编号：SZCG-2025-0917
一、项目概况
采购人：水泽县白漾湖湿地保护中心
预算金额：人民币186万元
标段　内容　最高限价（万元）
一标段　东湖区芦苇收割　98
二标段　西湖区芦苇收割及清运　88
二、投标人资格要求
具有独立承担民事责任的能力，近三年内具有类似收割或清运服务业绩。
三、获取招标文件
时间：2025年9月16日至9月22日，投标人登录交易平台免费下载招标文件。
四、联系方式
采购人：水泽县白漾湖湿地保护中心　联系人：景先生　电话：0513-86620417
代理机构：江平项目管理有限公司　联系人：伍女士　电话：0513-86633092
""",
    ),
    dict(
        slug="tender-caigou-text-button-result",
        site="东茂采购服务平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://cg.dongmaogroup.com/notice/result/20250722-06.html",
        title="港益纽扣集团2025年度包装材料采购项目中标结果公示",
        record_title="港益纽扣集团2025年度包装材料采购项目中标结果公示-东茂采购服务平台",
        date="2025-07-22",
        notes="enterprise e-procurement: result table; 公示期 and objection contact kept; no extra date",
        page="""
!m 东茂采购服务平台　　阳光采购 公开透明
!m 首页 ＞ 采购公告 ＞ 结果公示
{T}
!m 发布单位：港益纽扣集团采购中心　　发布时间：2025-07-22 17:45
!a 分享　　打印本页
{BODY}
!m 平台客服：0577-86996100　　浙ICP备17029933号-2
""",
        body="""
港益纽扣集团2025年度包装材料采购项目评标工作已经结束，现将中标结果公示如下：
包号　采购内容　中标单位　中标金额（元）
1　纸箱　瓯江包装制品有限公司　426800
2　自封袋　温州丰达塑业有限公司　137500
公示期为2025年7月23日至7月25日。投标人对中标结果有异议的，请在公示期内以书面形式向采购中心提出。
异议受理：港益纽扣集团采购中心　电话：0577-86998012
""",
    ),
    dict(
        slug="lawfirm-zhengheng-html-arbitration-lecture",
        site="正衡律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://www.zhenghenglaw.com/insights/2025/commercial-arbitration.html",
        title="商事仲裁中的证据提交与质证要点",
        record_title="法律讲坛丨商事仲裁中的证据提交与质证要点",
        date="2025-03-27",
        notes="law-firm insights page; date under the lecture title; speaker line neutral; consult box and hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>法律讲坛丨商事仲裁中的证据提交与质证要点 - 正衡律师事务所</title></head>
<body><header>⟦m 正衡律师事务所 ZHENGHENG LAW FIRM⟧ <nav>⟦m 关于我们 专业领域 律师团队 研究观点 联系我们⟧</nav></header>
<div class="crumb">⟦m 研究观点 / 争议解决⟧</div>
<h1>{T}</h1>
<p class="sub">——在市中小企业法律服务月上的讲稿（2025年3月27日）</p>
<p class="spk">正衡律师事务所高级合伙人　乔卫东</p>
{BODY}
<div class="consult">⟦w 在线咨询：工作日 9:00-18:00　全国服务热线 400-882-1617⟧</div>
<div class="share">⟦l 分享至 微信 / LinkedIn / 复制链接⟧</div>
<footer>⟦d 本文仅为一般性讨论，不构成对任何具体问题的法律意见。⟧ ⟦m © 2025 正衡律师事务所　沪ICP备11032010号⟧</footer>
</body></html>
""",
        body="""
各位企业家朋友：
今天和大家聊一聊商事仲裁中的证据问题。很多企业在仲裁里输掉，不是因为没有道理，而是因为证据没准备好。
第一，证据要在仲裁庭指定的期限内提交。超过期限提交的证据，仲裁庭可以不予采纳。
第二，电子证据要注意原始载体。微信聊天记录最好保留原手机，必要时做公证，只截图是远远不够的。
第三，质证时要围绕真实性、合法性、关联性三个方面发表意见，不要只说“不认可”。
最后提醒大家，签合同时就要想到以后怎么举证，重要的往来一定要留下书面痕迹。谢谢大家。
""",
    ),
    dict(
        slug="lawfirm-mingjian-text-property-dispute",
        site="明鉴律师网 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="http://www.mingjianlvshi.cn/anli/wuye/0412.html",
        title="物业费纠纷中业主常见的三个误区",
        record_title="物业费纠纷中业主常见的三个误区 - 明鉴律师网",
        date="2025-04-12",
        notes="law site: free-consult prompt glued to the last line; 发表时间 byline; related cases list",
        page="""
!m 明鉴律师网 · 让法律不再难懂
!m 首页 » 案例解读 » 物业纠纷
{T}
!m 作者：华少杰律师　　发表时间：2025-04-12　　阅读：2.3k
!w 律师在线，免费咨询 ☎ 137-0057-2211（微信同号）
{BODY}
!l 相关案例：业主拒交停车管理费被诉案 ｜ 电梯广告收益归谁所有
!d 本站文章版权归明鉴律师网所有，转载请注明来源。
""",
        body="""
近年来，我所代理的物业服务合同纠纷逐年增多。不少业主因为对法律规定理解有误，最终败诉还要承担诉讼费。这里说说三个常见误区。
误区一：没住就不用交物业费。房屋已经交付，即使没有入住，业主也应当交纳物业费，只是可以依照约定享受空置房优惠。
误区二：对服务不满意就可以拒交。业主认为物业服务存在瑕疵，应当通过业主大会、行政投诉等途径解决，单方拒交往往得不到支持。
误区三：开发商的问题找物业。房屋漏水等质量问题属于开发商保修责任，不能以此为由拒交物业费。⟦w 遇到类似问题？点击右下角咨询律师⟧
""",
    ),
]
