"""holdout142, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text; see ../build.py."""

CASES = [
    dict(
        slug="blog-shuguang-insight-pathology-night",
        site="曙光医学笔记 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://shuguangbiji.blog.cn/post/2025/02/bingli-zhiban.html",
        title="病理科值班一年的几点体会",
        record_title="【随笔】病理科值班一年的几点体会 | 曙光医学笔记",
        date="2025-02-23",
        notes="blog with bracketed post time; tag line and archive list; wrapped text",
        page="""
!m 曙光医学笔记 —— 一个病理医生的碎碎念
!m 首页　|　读片日记　|　科普　|　关于我
{T}
!m [2025-02-23 22:40]　分类：读片日记　　阅读(612)　评论(9)
{BODY}
!l 标签：病理　值班　冰冻切片
!l « 上一篇：免疫组化染色失败的七个原因
!l 下一篇：给规培同学的读片书单 »
!l 文章归档：2025年2月(3)　2025年1月(5)　2024年12月(4)
!d 原创文字，转载请联系作者并注明出处。
""",
        wrap=60,
        indent="  ",
        body="""
去年二月开始，科里让我独立承担术中冰冻切片的值班，到今天正好一年。这一年里一共签发冰冻报告四百一十多份，夜里被叫起来的次数也记不清了，写几点体会留给自己。
第一，快和准要兼顾。冰冻切片要求三十分钟内出报告，手术台上的医生在等，可越急越容易出错。我的办法是把取材、制片、读片每一步的时间都记下来，找出能省时间的环节，而不是在读片上赶时间。
第二，拿不准就说拿不准。有两次我对交界性病变没有把握，如实报告“待石蜡切片确定”，后来证明是对的。病理诊断宁可慢一步，也不能错一步。
第三，和临床多沟通。很多疑难病例，只要打个电话问清楚手术所见，诊断思路就清楚多了。
""",
    ),
    dict(
        slug="blog-qinglan-html-perilla-garden",
        site="青岚小院 (invented)",
        style="博客",
        genre="经验分享",
        kind="other",
        form="html",
        source="https://www.qinglanxiaoyuan.net/2024/07/zisu.html",
        title="阳台种紫苏，从一粒种子到满盆叶子",
        record_title=None,
        date="2024-07-14",
        notes="personal blog template: tag cloud, archive, comment box; 发布于 byline; a sentence about 扫码 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>阳台种紫苏，从一粒种子到满盆叶子 – 青岚小院</title>
<script async src="/analytics.js"></script></head>
<body><header><h2 class="site">⟦m 青岚小院⟧</h2><p class="desc">⟦m 种花 种菜 种日子⟧</p></header>
<main><article><h1>{T}</h1>
<p class="post-meta">⟦m 发布于 2024-07-14 · 归类于 阳台菜园 · 1,902 次阅读⟧</p>
{BODY}
<p class="post-tags">⟦l 标签：紫苏 / 香草 / 阳台种植⟧</p>
<nav class="post-nav">⟦l ← 薄荷扦插记⟧ ⟦l 番茄打顶那些事 →⟧</nav>
<section id="comments"><h3>⟦l 发表评论⟧</h3><p>⟦l 电子邮件地址不会被公开。必填项已用 * 标注⟧</p></section></article>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 多肉 薄荷 番茄 紫苏 堆肥 育苗⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2024年7月 2024年6月 2024年5月⟧</p></aside></main>
<footer>⟦m © 2024 青岚小院 · 由 WordPress 强力驱动⟧</footer>
</body></html>
""",
        body="""
今年四月，我在阳台上播了一小包紫苏种子，到现在已经收了三茬叶子，做紫苏炒田螺、紫苏煎饺都够用了。
紫苏种子有休眠期，播种前我先把种子放在冰箱冷藏室里一周，再用温水泡一夜，这样出芽整齐得多。播的时候不要埋太深，薄薄盖一层土就行。
出苗后留壮苗，一个盆里最多留三棵。紫苏喜欢阳光，但七月的西晒太猛，中午最好拉一下遮阳网。
等苗长到二十厘米左右就可以打顶，侧枝会越来越多。种子包装袋背面有一个二维码，扫码可以看到厂家拍的种植视频，新手可以参考。
""",
    ),
    dict(
        slug="wechat-jianyuan-html-pressure-ulcer",
        site="鉴园医院护理部公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wx.mirrorread.cn/s/Jy7uQ0pKcA2",
        title="关于开展压力性损伤防护质量专项检查的通知",
        record_title="关于开展压力性损伤防护质量专项检查的通知",
        date="2025-05-06",
        notes="WeChat mirror: account line, 阅读原文/在看, follow prompt; the document's own 联系人 kept; table",
        page="""
<html><head><meta charset="utf-8"><title>关于开展压力性损伤防护质量专项检查的通知</title></head>
<body><div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 鉴园护理　鉴园医院护理部　2025年05月07日 08:30　浙江⟧</div>
<div class="tip">⟦a 点击上方蓝字“鉴园护理”关注我们⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tail">⟦a 阅读原文⟧ ⟦l 阅读 2356　赞 41　在看 12⟧</div>
<div class="qr">⟦a 长按识别二维码，获取更多护理资讯⟧</div>
<div class="mirror">⟦d 本页由第三方镜像生成，内容版权归原公众号所有。⟧</div>
</div></body></html>
""",
        body="""
各护理单元：
为降低住院患者院内压力性损伤发生率，护理部决定于5月12日至5月23日开展压力性损伤防护质量专项检查。现将有关事项通知如下。
一、检查内容
高危患者评估是否及时准确、翻身及减压措施是否落实、护理记录是否规范、减压用具是否配备到位。
二、检查安排
日期　检查科室　检查组
5月12日至14日　重症医学科、神经外科　第一组
5月15日至19日　骨科、老年医学科　第二组
5月20日至23日　其余各病区　第三组
三、有关要求
各科室要对照《压力性损伤防护操作规范》先行自查，于5月9日前将自查表交护理部质控办。
联系人：护理部　郁小凤　电话：内线8126
鉴园医院护理部
2025年5月6日
""",
    ),
    dict(
        slug="wechat-fengqiao-text-chest-pain-centre",
        site="枫桥健康号镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="http://mp.gongzhonghao-mirror.com/a/fq-xiongtong-0319",
        title="我院胸痛中心通过国家标准版认证",
        record_title="喜报｜我院胸痛中心通过国家标准版认证",
        date="2025-03-19",
        notes="mirror text page; account/date line; glued share prompt; 关注 sentence in the body kept; editor lines",
        page="""
!t 喜报｜我院胸痛中心通过国家标准版认证
!m 原创　枫桥县人民医院　枫桥健康　2025-03-19 17:26
!a ▲点击蓝字　关注我们
{BODY}
!m 文字｜心内科　图片｜宣传科
!m 编辑｜甘露　审核｜鲍建中
!l 往期推荐 → 我院开展首例经导管主动脉瓣置换术
!a 分享　收藏　在看　点赞
""",
        gap=True,
        body="""
近日，中国胸痛中心认证工作委员会公布第十二批认证名单，我院胸痛中心正式通过国家标准版胸痛中心认证。
我院胸痛中心自2023年启动建设以来，整合急诊科、心血管内科、影像科、检验科等科室资源，建立了从院前急救到院内救治的一体化流程。目前，急性心肌梗死患者从进入医院大门到血管开通的平均时间已缩短至62分钟，低于国家要求的90分钟。⟦a 点击文末“分享”，让更多人了解⟧
下一步，我院将与全县18家乡镇卫生院建立胸痛救治网络，让基层患者第一时间得到规范救治。
如出现持续胸痛、胸闷、大汗等症状，请立即拨打120。关注本公众号，可在菜单栏“健康科普”中查看胸痛急救知识。
""",
    ),
    dict(
        slug="share-yunbi-minutes-state-assets",
        site="云笔文档分享 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://share.yunbidoc.com/d/3f0c61aa",
        title="县国资委2025年第二次主任办公会议纪要",
        record_title="县国资委2025年第二次主任办公会议纪要.doc",
        date="2025-02-26",
        notes="file-name title; minutes' 时间/地点/主持/出席 lines kept; upload notice; page markers glued",
        page="""
!m 云笔文档分享 > 公共文档 > 行政公文
!t 县国资委2025年第二次主任办公会议纪要.doc
!m 分享人：笔耕园丁　　分享时间：2025-03-07　　共4页
!a 保存到我的文档　　下载原文件（需积分2）
{BODY}
!d 该文档为网友分享，版权归原作者，若有侵权请联系平台删除。
!l 同类文档：国有企业三重一大决策会议纪要 ｜ 国资监管工作会议纪要模板
""",
        pages=dict(fmt="〖{n}〗", every=150, start=2, glue=True),
        body="""
时间：2025年2月26日上午9:00
地点：县国资委三楼会议室
主持：县国资委主任　麦国强
出席：委领导班子成员，各科室负责人
记录：符婷
会议听取了县属国有企业2024年经营情况汇报，研究了2025年国有企业负责人经营业绩考核办法，现纪要如下。
一、会议认为，2024年县属国有企业实现营业收入38.6亿元，利润总额2.1亿元，资产负债率控制在62%以内，总体运行平稳。
二、会议原则同意《县属国有企业负责人经营业绩考核办法（2025年修订）》，请考核分配科根据会议意见修改完善后按程序报批。
三、会议要求，各企业要加快处置低效无效资产，年内完成闲置房产盘活不少于20处，并于每季度末报送处置进度。
""",
    ),
    dict(
        slug="share-pianyun-html-judicial-appraisal",
        site="片云资料分享 (invented)",
        style="文档分享",
        genre="制度",
        kind="regulation",
        form="html",
        source="https://www.pianyunshare.com/doc/2024/1127/7351.html",
        title="司法鉴定所鉴定材料接收与保管制度",
        record_title="司法鉴定所鉴定材料接收与保管制度（2024修订） 免费下载",
        date=None,
        notes="sharing page with download box; articles speaking of 扫码/打印 kept; no date (upload date only)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>司法鉴定所鉴定材料接收与保管制度（2024修订） 免费下载 - 片云资料分享</title></head>
<body><div class="bar">⟦m 片云资料分享 · 专业资料一网打尽⟧ <a>⟦a 上传资料赚积分⟧</a></div>
<div class="crumb">⟦m 首页 » 法律文书 » 制度规范⟧</div>
<div class="box"><h1>{T}</h1>
<ul class="info"><li>⟦m 格式：DOCX⟧</li><li>⟦m 上传时间：2024-11-27⟧</li><li>⟦m 下载次数：86⟧</li></ul>
<div class="btn">⟦a 免费下载此文档⟧ ⟦a 举报⟧</div></div>
<div class="preview">
{BODY}
</div>
<div class="more">⟦a 以上为部分内容预览，完整内容请下载后查看⟧</div>
<div class="rel">⟦l 相关资料：司法鉴定业务受理流程图 · 鉴定人出庭作证规范⟧</div>
<div class="ft">⟦d 资料均由用户上传，本站不对内容的准确性负责。⟧ ⟦m 片云资料分享 ©2024 苏ICP备21008899号⟧</div>
</body></html>
""",
        body="""
第一条　为规范鉴定材料的接收、流转和保管，保证鉴定材料的真实、完整和安全，根据司法鉴定有关规定，制定本制度。
第二条　鉴定材料由受理室统一接收。接收时应当当场核对材料名称、数量和状态，填写《鉴定材料接收单》，由委托人和接收人双方签字确认。
第三条　检材、样本接收后应当逐件粘贴唯一性标识。标识采用二维码，鉴定人员扫码即可查询该材料的流转记录。
第四条　鉴定材料流转时，交接双方应当在系统中确认并打印交接记录，纸质交接记录随案卷归档。
第五条　需要冷藏保存的生物检材，应当存放在专用冰箱内，由专人每日记录温度。
第六条　鉴定结束后，鉴定材料按委托协议约定退还委托人或者依法处理，处理情况应当记录在案。
第七条　本制度由本所质量管理部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="edu-lanxi-notice-gaokao-health-check",
        site="兰溪市教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.lanxishi.gov.cn/tzgg/202501/t20250113_7718.html",
        title="关于做好2025年普通高考考生体检工作的通知",
        record_title="关于做好2025年普通高考考生体检工作的通知-兰溪市教育局",
        date="2025-01-13",
        notes="education-bureau portal; schedule table; a sentence telling students to 下载/打印 the form kept; contacts",
        page="""
<html><head><meta charset="utf-8"><title>关于做好2025年普通高考考生体检工作的通知-兰溪市教育局</title></head>
<body><div class="head">⟦m 兰溪市教育局⟧ ⟦m 办人民满意的教育⟧</div>
<div class="nav">⟦m 首页 · 教育新闻 · 通知公告 · 招生考试 · 政务公开⟧</div>
<div class="loc">⟦m 当前位置：首页 > 通知公告⟧</div>
<h3>{T}</h3>
<div class="fb">⟦m 发布时间：2025-01-13　信息来源：招生考试中心　阅读次数：3907⟧</div>
<div class="ct">
{BODY}
</div>
<div class="dy">⟦a [打印本页] [关闭窗口]⟧</div>
<div class="foot">⟦m 兰溪市教育局　地址：兰溪市文教路18号　邮编：321100⟧ ⟦m 技术支持：兰溪市教育信息中心⟧</div>
</body></html>
""",
        body="""
各普通高中，各报名点：
根据省教育考试院统一部署，现就我市2025年普通高考考生体检工作通知如下。
一、体检时间和地点
学校　体检日期　体检医院
第一中学　3月3日至5日　市人民医院
第二中学　3月6日至8日　市中医院
社会考生　3月10日　市人民医院
二、体检要求
考生须空腹参加体检，携带身份证和准考号。请考生登录市招生考试网下载并打印《高考考生体检表》，贴好近期一寸照片，由所在学校统一收齐后带往医院。
三、联系方式
市招生考试中心　联系人：程立　电话：0579-88921034
兰溪市教育局
2025年1月13日
""",
    ),
    dict(
        slug="edu-shuiting-text-school-nutrition",
        site="水亭区教育信息网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.stjyxx.cn/jyzx/xxgz/2024-09/1193.html",
        title="水亭区中小学营养配餐指导工作实施方案",
        record_title="【区教育局】水亭区中小学营养配餐指导工作实施方案",
        date="2024-09-05",
        notes="text page; decimal headings kept; chrome glued before a sentence; date in Chinese numerals",
        page="""
!m 水亭区教育信息网　　今天是：2024年9月10日
!m 首页 → 教育资讯 → 学校工作
!t 【区教育局】水亭区中小学营养配餐指导工作实施方案
!m 作者：区教育局体卫艺科　　发布：信息员 向晴
!a 【大字】【中字】【小字】　　【打印此文】
{BODY}
!l 上一条：关于开展秋季学期开学安全检查的通知
!l 下一条：区中小学生体质健康测试工作安排
!m 水亭区教育局主办　　备案号：渝ICP备10022871号-3
""",
        body="""
为落实学校食品安全与营养健康管理要求，提升学生餐营养水平，结合我区实际，制定本方案。
1 工作目标
1.1 2024年秋季学期起，全区提供午餐的中小学全部实行带量食谱。
1.2 到2025年底，每所学校至少有1名经过培训的营养配餐指导员。
2 主要措施
2.1 区教育局聘请注册营养师组成指导组，每月审核一次各校食谱。
2.2 各校每周公示下周带量食谱，标明主要食材用量和能量供给。⟦a 复制链接⟧
2.3 每学期开展一次学生营养知识竞赛和“光盘行动”评比。
3 工作要求
各校要将营养配餐纳入校长负责制，不得以任何形式降低供餐标准。
水亭区教育局
二〇二四年九月五日
""",
    ),
    dict(
        slug="intranet-huaneng-report-storage-safety",
        site="恒储能源内网 (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="html",
        source="http://oa.hengchu-energy.local/portal/doc/view?id=40217",
        title="关于一季度储能电站安全生产情况的报告",
        record_title="关于一季度储能电站安全生产情况的报告",
        date="2025-04-08",
        notes="intranet document view with 流转记录 and read counts; 抄送 line kept",
        page="""
<html><head><meta charset="utf-8"><title>恒储能源协同办公平台</title></head>
<body><div class="oa-top">⟦m 恒储能源协同办公平台⟧ ⟦m 欢迎您，储运部 卓浩⟧ ⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办 | 已办 | 公文 | 通讯录 | 知识库⟧</div>
<div class="doc"><h2>{T}</h2>
<div class="doc-info">⟦m 拟稿：安全环保部　签发：副总经理 杭立新　密级：内部⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><b>⟦m 流转记录⟧</b><p>⟦m 2025-04-08 16:20 安全环保部 提交⟧</p><p>⟦m 2025-04-09 09:05 总经理办公室 已阅⟧</p></div>
<div class="readers">⟦m 已读 37 人　未读 5 人⟧</div>
<div class="ops">⟦a 打印　转发　归档⟧</div></div>
<div class="oa-foot">⟦d 内部资料 严禁外传⟧</div>
</body></html>
""",
        body="""
公司领导：
现将一季度公司所属3座储能电站安全生产情况报告如下。
一季度，各电站累计充放电1126次，未发生人身伤亡和设备火灾事故。安全环保部组织开展消防系统联动测试3次、电池舱温度巡检1.2万余点次，发现并整改隐患17项。
存在的问题主要是：二号电站部分电池簇温差偏大，已联系厂家更换均衡模块；三号电站消防水池液位计故障，已于3月28日修复。
二季度，我部将重点开展迎峰度夏前专项检查，组织全员消防演练一次。
抄送：各电站站长
安全环保部
2025年4月8日
""",
    ),
    dict(
        slug="intranet-gangyi-text-button-factory-minutes",
        site="港益纽扣集团OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://10.8.2.15/oa/meeting/summary/2025-017",
        title="质量月度分析会会议纪要",
        record_title=None,
        date="2025-05-29",
        notes="OA export with approval trail; vote count and attendance lines kept; no record title",
        page="""
!m 港益纽扣集团 · 协同办公
!m 会议管理 > 会议纪要 > 查看
{T}
!m 纪要编号：GY-HY-2025-017　　起草：品管部　　状态：已归档
{BODY}
!m 审批轨迹：品管部经理 同意 05-29 18:02 → 生产副总 同意 05-30 08:47
!a 导出PDF　|　打印　|　返回列表
""",
        body="""
会议时间：2025年5月29日14:30
会议地点：总部二楼会议室
主持人：品管部经理　詹月
参会人员：各车间主任、质检组长、采购部代表
一、5月份树脂扣出厂检验合格率为99.1%，比上月提高0.4个百分点；金属扣电镀层附着力不合格批次2批，已全部返工。
二、会议讨论了客户投诉的“四眼扣扣眼毛刺”问题，决定由二车间在6月10日前完成钻孔模具更换。
三、会议表决通过《来料检验抽样标准（修订稿）》，应到12人，实到11人，同意11票。
四、下次分析会定于6月26日召开。
""",
    ),
]
