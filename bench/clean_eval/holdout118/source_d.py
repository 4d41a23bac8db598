"""holdout118, part D: 资料下载站, 人事考试网, 招投标网, 律所网站, 社区网站, 行业协会. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="download-sucai-cardboard-recycling-text",
        site="素材仓资料站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.sucaicang.net/down/gongwen/44019.html",
        title="街道废纸板回收网点布局优化方案",
        record_title="街道废纸板回收网点布局优化方案（免费下载）",
        date="2024-10-22",
        notes="download page text; info rows; markers 〖n〗 glued or not; 成文日期",
        page="""
!m 素材仓资料站 · 公文频道
!t 街道废纸板回收网点布局优化方案（免费下载）
!m 文件格式：WPS　　文件大小：38K　　下载次数：204　　评分：★★★★☆
!m 资料简介
{BODY}
!a ↓ 普通下载　　↓ 高速下载（需安装下载器）
!d 声明：资料来源于网络，仅供交流，版权归原作者。
""",
        pages=dict(fmt="〖{n}〗", every=140, start=2, glue="mix"),
        body="""
随着网购快递增多，辖区废纸板产生量逐年上升，现有回收网点分布不均、占道堆放问题突出。为此，制定本方案。
一、现状。辖区现有废纸板回收点23个，其中11个集中在老城片区，新建小区周边几乎没有回收点。
二、布局原则。按照每3000户设置一个回收点、服务半径不超过500米的标准重新布点，回收点一律设在室内或封闭式回收亭内。
三、实施步骤。11月底前完成摸底，12月底前完成回收亭建设和旧点位清理。
四、监督管理。城管中队每周巡查一次，对露天堆放、占道经营的依法处理。
芜湾街道办事处
2024年10月22日
""",
    ),
    dict(
        slug="exam-renshi-proofreader-html",
        site="蘋州人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.pzpta.gov.cn/ksxx/2025/0415/771.html",
        title="蘋州出版传媒集团2025年公开招聘校对编辑笔试公告",
        record_title="【考务公告】蘋州出版传媒集团2025年公开招聘校对编辑笔试公告",
        date="2025-04-15",
        notes="exam site; timetable; the committee's 咨询电话 next to the site's technical line; 打印准考证 sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【考务公告】蘋州出版传媒集团2025年公开招聘校对编辑笔试公告</title></head><body>
<div class="head">⟦m 蘋州人事考试网⟧ ⟦m 公平 公正 公开⟧</div>
<nav>⟦m 首页 考试信息 报名入口 成绩查询 证书管理⟧</nav>
<div class="pos">⟦m 首页 › 考试信息 › 事业单位招聘⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 发布日期：2025-04-15　信息来源：考试中心⟧</div>
{BODY}
<div class="box">⟦a 准考证打印入口⟧　⟦a 成绩查询入口⟧</div>
<footer>⟦m 技术支持电话：0739-5100200（网站故障）⟧ ⟦m 蘋州市人事考试中心 版权所有⟧</footer>
</body></html>
""",
        body="""
根据招聘工作安排，现将笔试有关事项公告如下：
一、笔试时间
科目　时间
综合知识　4月26日9:00-11:00
校对实务　4月26日14:00-16:00
二、准考证打印。考生请于4月22日至25日登录蘋州人事考试网下载并打印准考证。
三、考试要求。考生须携带准考证和有效身份证件，校对实务科目可携带红色、蓝色签字笔。
四、咨询电话：0739-5100318（集团人力资源部）。
蘋州出版传媒集团有限公司
2025年4月15日
""",
    ),
    dict(
        slug="exam-kaoshi-drip-irrigation-text",
        site="芷原人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.zhiyuan.gov.cn/news/20240702/118.html",
        title="芷原县水利局所属事业单位公开招聘滴灌技术员资格复审公告",
        record_title=None,
        date="2024-07-02",
        notes="title missing from record (in page); candidates table; 联系人 line; 印发-like signature",
        page="""
!m 芷原人事考试信息网
!m 当前位置：首页->招聘公告
{T}
!m 来源：县人社局　　时间：2024-07-02　　【大 中 小】
{BODY}
!l 附件下载：资格复审人员名单.xls
!a 【打印本页】　【关闭窗口】
""",
        body="""
根据《芷原县水利局所属事业单位2024年公开招聘工作人员公告》，现将资格复审有关事项公告如下。
一、复审人员
岗位代码　岗位名称　进入复审人数
SL01　滴灌技术员　6
SL02　灌区管理员　3
二、复审时间地点：7月8日上午9:00，县水利局三楼会议室。
三、所需材料：身份证、毕业证、学位证原件及复印件，近期一寸免冠照片2张。
联系人：贺青苗，联系电话：0745-2713360。
芷原县人力资源和社会保障局
2024年7月2日
""",
    ),
    dict(
        slug="tender-zhaocai-sprinkler-html",
        site="蒲沅公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.puyuan.gov.cn/jyxx/zfcg/cggg/20250512/001.html",
        title="蒲沅县2025年高效节水喷灌项目招标公告",
        record_title="蒲沅县2025年高效节水喷灌项目招标公告_蒲沅公共资源交易网",
        date="2025-05-12",
        notes="tender platform; lot table; purchaser and agency contacts kept beside the platform's CA hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>蒲沅县2025年高效节水喷灌项目招标公告_蒲沅公共资源交易网</title></head><body>
<div class="top">⟦m 蒲沅公共资源交易网⟧ ⟦a 会员登录⟧ ⟦a CA办理⟧</div>
<nav>⟦m 首页 交易信息 政策法规 办事指南 诚信体系⟧</nav>
<div class="wz">⟦m 当前位置：交易信息 > 政府采购 > 采购公告⟧</div>
<h1>{T}</h1>
<div class="sj">⟦m 【信息时间：2025-05-12】【阅读次数：655】⟧</div>
{BODY}
<div class="fj">⟦a 【我要投标】⟧ ⟦a 【我要提问】⟧</div>
<footer>⟦m CA数字证书服务热线：400-880-9311⟧ ⟦m 蒲沅县公共资源交易中心 主办⟧</footer>
</body></html>
""",
        body="""
项目编号：PYCG-2025-047
一、项目概况：本项目在蒲沅县沙河镇、桥头乡建设高效节水喷灌工程6500亩，划分为两个标段。
标段　建设内容　最高限价（万元）
一标段　沙河镇喷灌3800亩　912.00
二标段　桥头乡喷灌2700亩　648.00
二、投标人资格：具有水利水电工程施工总承包三级及以上资质。
三、获取招标文件：5月13日至5月19日，在本网站免费下载。
四、联系方式
采购人：蒲沅县水利局，联系人：孔立，电话：0736-6720113
代理机构：蒲沅鼎诚招标代理有限公司，联系人：汪晴，电话：0736-6725008
""",
    ),
    dict(
        slug="tender-zhongbiao-vertical-farm-text",
        site="莼湖农业集团采购平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://cg.chunhu-agri.com/zbgs/2024/1105.html",
        title="莼湖农业集团垂直农场种植架采购项目中标结果公告",
        record_title="莼湖农业集团垂直农场种植架采购项目中标结果公告",
        date="2024-11-05",
        notes="bid result with candidates table; objection period sentence; platform footer",
        page="""
!m 莼湖农业集团　阳光采购平台
!m 首页 ＞ 结果公示
{T}
!m 发布时间：2024-11-05 10:30　　浏览：88
{BODY}
!m 平台客服：0571-82117760　工作时间 8:30-17:00
!d 本平台信息由采购单位发布，平台仅提供信息发布服务。
""",
        body="""
项目编号：CHNY-CG-2024-019
中标结果如下：
序号　投标人　中标金额（元）
1　芡川立禾农业设施有限公司　1,286,400.00
各有关当事人对中标结果有异议的，可在公告期满之日起7个工作日内以书面形式提出。
公告期限：2024年11月5日至11月7日。
采购人联系人：范杏，电话：0571-82117215
""",
    ),
    dict(
        slug="lawfirm-zhengyan-estate-agent-html",
        site="正言律师事务所 (invented)",
        style="律所网站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.zhengyanlaw.cn/jiangtang/2024/0912.html",
        title="房产中介从业人员法律风险防范讲座讲稿",
        record_title="法律讲堂丨房产中介从业人员法律风险防范讲座讲稿 - 正言律师事务所",
        date="2024-09-12",
        notes="law firm lecture; date under lecture title; consult button and disclaimer; speaker line neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>法律讲堂丨房产中介从业人员法律风险防范讲座讲稿 - 正言律师事务所</title></head><body>
<div class="hd">⟦m 正言律师事务所　ZHENGYAN LAW FIRM⟧ ⟦w 咨询热线 400-663-1728⟧</div>
<nav>⟦m 律所简介 | 专业领域 | 律师团队 | 法律讲堂 | 联系我们⟧</nav>
<div class="p">⟦m 首页 / 法律讲堂⟧</div>
<h1>{T}</h1>
<p>主讲：正言律师事务所合伙人　欧阳澈律师</p>
<p>2024年9月12日</p>
{BODY}
<div class="disc">⟦d 本文仅为普法交流，不构成对具体案件的法律意见。⟧</div>
<div class="consult">⟦w 遇到房产纠纷？立即在线咨询律师⟧</div>
<footer>⟦m © 2024 正言律师事务所 版权所有⟧</footer>
</body></html>
""",
        body="""
各位经纪人朋友：
今天我从三个方面谈谈房产中介从业中常见的法律风险。
第一，信息披露风险。房屋存在抵押、查封、共有人不同意出售等情况，经纪人明知而不告知，可能承担赔偿责任。
第二，资金监管风险。定金、首付款应当通过资金监管账户划转，切勿代收代付。
第三，合同文本风险。居间合同中的“跳单”条款要写清楚，格式条款要以显著方式提示对方注意。
希望大家在执业中守住底线，做到诚信经营、依法经营。
""",
    ),
    dict(
        slug="lawfirm-heming-windscreen-letter-text",
        site="和鸣律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.hemingls.com/news/show-335.html",
        title="致全市汽车玻璃修补门店的法律提示函",
        record_title="致全市汽车玻璃修补门店的法律提示函",
        date="2025-02-20",
        notes="law-firm letter; numbered points; the firm's own contact kept; site consult prompt separate",
        page="""
!m 和鸣律师事务所 · 让法律有温度
!m 首页 > 律所动态 > 法律提示
{T}
!m 作者：和鸣律所　日期：2025-02-20　阅读：140
{BODY}
!w 微信扫一扫，添加律师助理咨询
!m 所址：蔺州市滨江路66号财富中心18楼
""",
        body="""
全市各汽车玻璃修补门店：
近期，我所受理了多起因挡风玻璃修补质量引发的消费纠纷。为帮助各门店规范经营，特提示如下：
1.修补前应告知车主修补的适用范围，裂纹超过规定长度或位于驾驶员视线区内的，应建议更换而非修补。
2.应向车主出具载明修补部位、材料和质保期限的服务单据。
3.不得以“保险全赔”等说法诱导车主虚报损失，否则可能涉嫌保险诈骗。
如有疑问，可联系本所商事部：0716-8231906，邮箱：shangshi@hemingls.com。
和鸣律师事务所
2025年2月20日
""",
    ),
    dict(
        slug="community-xinyuan-boiled-water-html",
        site="新苑社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xinyuansq.cn/gg/2024/1201.html",
        title="关于社区开水房冬季延长开放时间的通知",
        record_title="关于社区开水房冬季延长开放时间的通知|新苑社区",
        date="2024-12-01",
        notes="residents' site with grid-member phone and weather widget; hours table; kiosk 扫码 sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于社区开水房冬季延长开放时间的通知|新苑社区</title></head><body>
<div class="weather">⟦m 今日 多云 2℃~9℃⟧</div>
<div class="brand">⟦m 新苑社区服务网 · 邻里一家亲⟧</div>
<nav>⟦m 社区首页 | 社区公告 | 便民服务 | 志愿者之家⟧</nav>
<h1>{T}</h1>
<div class="by">⟦m 社区居委会　2024-12-01⟧</div>
{BODY}
<div class="grid">⟦m 网格员 牛晓琴 138****6620⟧</div>
<div class="zan">⟦l 👍 点赞 (31)　评论 (5)⟧</div>
<footer>⟦m 新苑社区居民委员会　地址：新苑路18号⟧</footer>
</body></html>
""",
        body="""
各位居民：
入冬以来，社区开水房用水需求明显增加。经居委会研究，自12月2日起延长开水房开放时间：
时段　原开放时间　冬季开放时间
上午　6:30-9:00　6:00-10:00
下午　16:00-19:00　15:30-20:30
开水房实行扫码打水，居民可在自助机上扫码付费，每壶0.2元；行动不便的老人可登记后由志愿者送水上门。
请大家打水时注意防烫，排队有序。
""",
    ),
    dict(
        slug="community-hehua-blood-pressure-text",
        site="荷花里社区 (invented)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://hehuali.sqfw.example.cn/article/908",
        title="荷花里社区自助血压监测点运行半年情况",
        record_title="荷花里社区自助血压监测点运行半年情况",
        date="2024-07-08",
        notes="community text; a chrome line (volunteer recruit) between paragraphs; 发布于 byline",
        page="""
!m 荷花里社区　|　家门口的服务站
{T}
!m 发布于 2024-07-08　·　社区卫生服务站
{BODY}
!l 评论区　写下你的想法…
!m 荷花里社区居委会 © 2024
""",
        body="""
今年1月，社区在党群服务中心和两个小区门口设置了3台自助血压计，方便居民随时测量血压。
半年来，3个监测点累计测量1.26万人次，其中发现血压偏高并建议就诊的有318人次。
⟦a 🙋 报名成为健康志愿者 >⟧
社区卫生服务站每周一对测量数据进行汇总，对连续偏高的居民电话随访，并纳入家庭医生签约管理。
下一步，社区计划在老年食堂增设一个监测点。
""",
    ),
    dict(
        slug="association-shijieyu-esperanto-text",
        site="蔺州市世界语协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.linzhou-esperanto.org/xhdt/2024/08.html",
        title="蔺州市世界语协会第三届理事会第二次会议纪要",
        record_title="【协会动态】蔺州市世界语协会第三届理事会第二次会议纪要",
        date="2024-08-24",
        notes="association minutes; 时间/地点/主持/出席/记录 lines and a vote count kept",
        page="""
!m 蔺州市世界语协会　Esperanto-Asocio de Linzhou
!m 首页 | 协会动态 | 学习资源 | 入会申请
!t 【协会动态】蔺州市世界语协会第三届理事会第二次会议纪要
!m 秘书处　2024-08-26　浏览 57
{BODY}
!l 上一篇：世界语夏令营圆满结束
!m 协会地址：蔺州市文化宫三楼　邮箱：esperanto@lzwh.org
""",
        body="""
时间：2024年8月24日下午
地点：市文化宫三楼会议室
主持：费思远（会长）
出席：理事11人
记录：白禾
会议审议通过了以下事项：
一、审议通过《协会2024年下半年工作计划》，表决结果：同意11票，反对0票，弃权0票。
二、同意在市图书馆开设周末世界语入门班，由副会长高岚负责。
三、同意吸收新会员9名。
""",
    ),
    dict(
        slug="association-dianchi-battery-recycling-text",
        site="芜湾市再生资源行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.wwzsxh.org.cn/news/2025/0301.html",
        title="规范废旧电池回收倡议书",
        record_title="规范废旧电池回收倡议书_芜湾市再生资源行业协会",
        date="2025-03-01",
        notes="association pledge, wrapped at 58 columns; membership prompt at the bottom",
        page="""
!m 芜湾市再生资源行业协会
!m 当前位置：首页 » 通知公告
{T}
!m 发布：协会秘书处　2025-03-01
{BODY}
!w 入会咨询请致电协会秘书处 0553-4218800
!d Copyright © 芜湾市再生资源行业协会
""",
        wrap=58,
        body="""
全市各再生资源回收企业、回收站点：
废旧电池特别是锂电池和铅蓄电池，如果处置不当，容易引发火灾和重金属污染。为此，协会向全体会员单位倡议：
一、只向具备危险废物经营许可证的企业交售废旧铅蓄电池，不收购、不转卖来路不明的电池。
二、锂电池回收须单独存放，做好防短路、防挤压措施，储存点配备灭火器材。
三、如实登记回收台账，配合生态环境部门检查。
芜湾市再生资源行业协会
2025年3月1日
""",
    ),
]
