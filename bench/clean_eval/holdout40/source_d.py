"""holdout40, part D: a street-lamp LED retrofit tender and a landfill leachate bid result, law firms on
carpool drivers and on sand-control contracts, residents' pages (a sign-language corner, a clothes-recycling
box), a dry-cleaning and a second-hand-book trade association, a moon-cake maker and a rice-wine workshop,
a sign-language school and a robotics school. Invented text; see ../README.md and ../build.py."""


def H(title, top, tail, open_="<div class=\"main-text\">", close="</div>"):
    return (
        '<!doctype html>\n<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">\n<title>'
        + title + "</title>\n<link rel=\"stylesheet\" href=\"/css/site.css\"><script>var SITE_ID=3;</script>\n</head><body>\n"
        + top.strip() + "\n" + open_ + "\n{BODY}\n" + close + "\n" + tail.strip() + "\n</body></html>"
    )


CASES = [
    dict(
        slug="tender-fengcheng-led-streetlight-lots",
        site="枫垣市公共资源交易网 (invented)", style="招投标网", genre="招标公告", kind="notice", form="text",
        source="http://ggzy.fengcheng.example.gov.cn/jyxx/zfcg/2025/0602/61173.html",
        title="枫垣市城区路灯LED节能改造项目招标公告",
        record_title="枫垣市城区路灯LED节能改造项目招标公告_政府采购_枫垣市公共资源交易网",
        date="2025-06-02",
        notes="tender page: lots table kept; purchaser and agency contacts kept beside the platform's CA hotline; 'download bid documents' button and a 'sign up' link as chrome; the body tells bidders to 下载 documents",
        page="""
!m 枫垣市公共资源交易网　|　交易信息　政策法规　服务指南
!m 当前位置：交易信息 > 政府采购 > 招标公告
!t 枫垣市城区路灯LED节能改造项目招标公告_政府采购_枫垣市公共资源交易网
!m 信息时间：2025-06-02　阅读次数：418
{BODY}
!a 【下载招标文件】　【我要报名】
!m CA数字证书办理热线：400-600-3321
!l 上一条：枫垣市第三中学食堂设备采购项目中标结果公告
""",
        body="""
枫垣市路灯管理所城区路灯LED节能改造项目已具备招标条件，现进行公开招标。
项目编号：FCZC-2025-0172
标段　内容　最高限价（万元）
一标段　人民路等十二条道路　186.5
二标段　滨江大道等九条道路　142.0
投标人须在交易平台注册并下载招标文件，投标截止时间为2025年6月23日9时30分。
采购人：枫垣市路灯管理所　联系人：欧阳健　电话：0795-4412301
代理机构：枫垣正衡招标咨询有限公司　联系人：卞琳　电话：0795-4420178
""",
    ),
    dict(
        slug="tender-nanyuan-leachate-bid-result-html",
        site="南垣县政府采购网 (invented)", style="招投标网", genre="中标公告", kind="notice", form="html",
        source="https://zfcg.nanyuan.example.gov.cn/cggg/zbgg/20250917/9931.html",
        title="南垣县生活垃圾填埋场渗滤液处理站提标改造项目中标结果公告",
        record_title=None,
        date="2025-09-17",
        notes="procurement HTML: title missing, found in h2; a result table kept; a 'complaint' sidebar and 'share' row; a 公告期限 line kept",
        page=H("中标结果公告 - 南垣县政府采购网", """
<div class="hd">⟦m 南垣县政府采购网⟧ ⟦a 供应商登录⟧</div>
<div class="nav">⟦l 采购公告 | 结果公告 | 更正公告 | 合同公告⟧</div>
<h2>⟦t 南垣县生活垃圾填埋场渗滤液处理站提标改造项目中标结果公告⟧</h2>
<div class="time">⟦m 发布时间：2025-09-17 15:06⟧</div>
""", """
<div class="share">⟦l 分享到：微信 微博 复制链接⟧</div>
<div class="ts">⟦m 质疑投诉电话：0733-5612780⟧</div>
<div class="foot">⟦m 南垣县财政局主办　湘ICP备12006613号⟧</div>
"""),
        body="""
一、项目编号：NYCG-2025-088
二、中标信息
供应商名称　中标金额（元）
湘清环保工程有限公司　3,276,500.00
三、公告期限：自本公告发布之日起1个工作日。
四、采购人：南垣县城市管理和综合执法局，联系电话：0733-5612003。
""",
    ),
    dict(
        slug="lawfirm-zhengyuan-carpool-letter",
        site="正源律师事务所 (invented)", style="律所网站", genre="公开信", kind="letter", form="text",
        source="https://www.zhengyuan-law.example.com/article/2025/0808/310.html",
        title="致顺风车车主的一封法律提示信",
        record_title="法律提示丨致顺风车车主的一封法律提示信",
        date="2025-08-08",
        notes="law firm page: decorated title; a writing-service-like consult prompt glued after a sentence; the firm's consult line at the bottom; disclaimer 'not legal advice'; a '相关文章' list",
        page="""
!m 正源律师事务所　ZHENGYUAN LAW FIRM
!l 首页 | 律所介绍 | 专业领域 | 律师团队 | 法律资讯
!t 法律提示丨致顺风车车主的一封法律提示信
!m 作者：正源律所交通事故团队　时间：2025-08-08
{BODY}
!w 免费法律咨询：176 0288 3350（微信同号）
!d 本文仅为一般性法律信息，不构成对具体案件的法律意见。
!l 相关文章：网约车事故责任如何划分 | 车辆挂靠的法律风险
""",
        body="""
各位顺风车车主：
顺风车是城市出行的有益补充，但搭载乘客过程中的法律风险不容忽视。
一、顺风车以分摊出行成本为限，收取费用明显超出成本的，可能被认定为非法营运。⟦w 遇到纠纷可以私信我们团队，一对一解答。⟧
二、发生交通事故造成乘客损害的，车主可能承担赔偿责任，建议购买足额的车上人员责任险。
三、搭载乘客前请通过平台核实身份，保留行程记录。
正源律师事务所
2025年8月8日
""",
    ),
    dict(
        slug="lawfirm-shayuan-contract-lecture-html",
        site="沙源律师事务所 (invented)", style="律所网站", genre="讲稿", kind="speech", form="html",
        source="https://www.shayuanlaw.example.cn/news/lecture-2025-05.html",
        title="治沙造林承包合同常见法律风险及防范",
        record_title="治沙造林承包合同常见法律风险及防范 | 沙源律师事务所",
        date="2025-05-21",
        notes="law firm HTML: a lecture with its date under the title and a speaker line neutral; numbered points; a 'consult online' float box and a share bar",
        page=H("治沙造林承包合同常见法律风险及防范 | 沙源律师事务所", """
<div class="top">⟦m 沙源律师事务所　专注农林与土地法律服务⟧</div>
<div class="nav">⟦l 首页　业务领域　律师团队　律所动态　联系我们⟧</div>
<h1>⟦t 治沙造林承包合同常见法律风险及防范⟧</h1>
<p class="center">——在县林草系统法治讲座上的讲稿</p>
<p class="center">（2025年5月21日）</p>
<p class="center">沙源律师事务所主任　秦东海</p>
""", """
<div class="share">⟦l 分享本文⟧</div>
<div class="float">⟦w 在线咨询 | 预约律师 | 0903-6201888⟧</div>
<div class="ft">⟦m © 2025 沙源律师事务所　地址：沙渠县胡杨大道16号⟧</div>
"""),
        body="""
各位同志：
近年来，治沙造林承包合同纠纷逐年增多，今天我结合办案实践谈几点风险。
第一，承包范围约定不清。合同应附四至界线图，并由各方签字确认。
第二，成活率标准和验收方式缺失。建议约定具体的验收时间、抽样方法和补植责任。
第三，补助资金归属不明。国家造林补助资金的领取和分配，应当在合同中写清楚。
谢谢大家。
""",
    ),
    dict(
        slug="community-qiaonan-sign-corner-notice",
        site="桥南社区服务网 (invented)", style="社区网站", genre="通知", kind="notice", form="text",
        source="http://www.qiaonan-sq.example.org/tzgg/2025/0925/88.html",
        title="关于开设社区“手语角”的通知",
        record_title="【居委会通知】关于开设社区“手语角”的通知",
        date="2025-09-25",
        notes="residents' site: decorated title; the community's own 联系电话 kept beside the property hotline in the footer; a 'like' row; grid-member box",
        page="""
!m 桥南社区服务网 · 邻里一家亲
!m 首页 > 社区通知
!t 【居委会通知】关于开设社区“手语角”的通知
!m 发布：桥南社区居委会　2025-09-25
{BODY}
!l 👍 点赞 24　　💬 留言 3
!w 网格员：冯姐　联系方式：138 2271 0945
!m 物业24小时服务热线：0532-8877 6600
""",
        body="""
各位居民朋友：
为方便辖区听障居民交流，社区决定在党群服务中心一楼开设“手语角”。
“手语角”每周三下午两点至四点开放，由市聋人协会志愿者教授日常手语。
欢迎居民朋友踊跃参加，学会几句手语，让邻里沟通更顺畅。
联系电话：0532-8861 2207（社区居委会）
桥南社区居民委员会
2025年9月25日
""",
    ),
    dict(
        slug="community-huayuan-clothes-box-html",
        site="花园街道社区网 (invented)", style="社区网站", genre="倡议书", kind="letter", form="html",
        source="https://hy.jiedao.example.cn/sqdt/20250411/1207.html",
        title="关于规范使用旧衣物回收箱的倡议书",
        record_title="关于规范使用旧衣物回收箱的倡议书",
        date="2025-04-11",
        notes="street-office community page: a residents' comment box between paragraphs, a 'join volunteers' button glued after a sentence, a list of community services",
        page=H("关于规范使用旧衣物回收箱的倡议书-花园街道", """
<div class="title-bar">⟦m 花园街道　社区动态⟧</div>
<div class="nav">⟦l 街道概况　社区动态　便民服务　办事指南⟧</div>
<h3>⟦t 关于规范使用旧衣物回收箱的倡议书⟧</h3>
<div class="m">⟦m 来源：花园街道办事处　时间：2025-04-11　阅读量：562⟧</div>
""", """
<div class="fw"><h4>⟦l 便民服务⟧</h4><p>⟦l 社保查询　居住证办理　垃圾分类指南⟧</p></div>
<div class="ft">⟦m 花园街道办事处　版权所有⟧</div>
"""),
        body="""
广大居民朋友们：
为推进垃圾分类，街道在各小区设置了旧衣物回收箱一百二十个。
请将旧衣物清洗干净、打包后投放，不要投放被褥以外的大件物品和生活垃圾。⟦a 【我要报名当志愿者】⟧
⟦l 居民留言：回收箱满了能不能及时清运？——3号楼住户⟧
回收的衣物将经过分拣消毒，部分捐赠给困难群众，其余进行资源化利用。
让我们行动起来，共同守护美丽家园！
花园街道办事处
2025年4月11日
""",
    ),
    dict(
        slug="association-xiran-dry-cleaning-pledge",
        site="汀滨市洗染业协会 (invented)", style="行业协会", genre="倡议书", kind="letter", form="text",
        source="http://www.bzxiran.example.org/hydt/2025/0315/57.html",
        title="关于诚信经营保障消费者权益的倡议书",
        record_title="【行业自律】关于诚信经营保障消费者权益的倡议书",
        date="2025-03-15",
        notes="trade association: decorated title; a member-login prompt, the association's e-mail kept in the body; a 'join the association' link and footer",
        page="""
!m 汀滨市洗染业协会　|　协会动态　会员风采　行业标准
!a 会员登录　|　入会申请
!t 【行业自律】关于诚信经营保障消费者权益的倡议书
!m 发布日期：2025-03-15　发布人：秘书处
{BODY}
!l 返回上一页　｜　返回首页
!m 协会地址：汀滨市黄河五路120号　电话：0543-3319026
""",
        body="""
全市洗染行业经营者：
值此“3·15”国际消费者权益日之际，协会向全体会员单位发出如下倡议。
一、明码标价，洗涤价格和服务项目在店堂醒目位置公示。
二、规范收衣，收取衣物时当面检查并填写取衣单，说明可能存在的洗涤风险。
三、妥善处理纠纷，衣物损坏的按照行业规范协商赔偿。
对违反倡议的行为，欢迎社会各界监督，举报邮箱：jiandu@bzxiran.example.org。
汀滨市洗染业协会
2025年3月15日
""",
    ),
    dict(
        slug="association-shuyou-oldbook-fair-html",
        site="旧书业同业公会 (invented)", style="行业协会", genre="通知", kind="notice", form="html",
        source="https://www.jiushu-gh.example.org/notice/2025-10-08.html",
        title="关于举办第五届秋季旧书交流会的通知",
        record_title="【协会通知】关于举办第五届秋季旧书交流会的通知 - 旧书业同业公会",
        date="2025-10-08",
        notes="association HTML: decorated title; a booth-fee table kept; the body's 报名 by scanning a code as content; a member sidebar and a WeChat QR block",
        page=H("【协会通知】关于举办第五届秋季旧书交流会的通知 - 旧书业同业公会", """
<div class="hd">⟦m 旧书业同业公会　书香传承　以书会友⟧</div>
<div class="dh">⟦l 公会简介 | 公会通知 | 会员名录 | 书市日历⟧</div>
<h2>⟦t 关于举办第五届秋季旧书交流会的通知⟧</h2>
<div class="sj">⟦m 2025年10月8日　秘书处⟧</div>
""", """
<div class="side">⟦a 会员专区：登录后可查看会员名录⟧</div>
<div class="qr">⟦a 扫码关注公会公众号⟧</div>
<div class="ft">⟦m 版权所有：旧书业同业公会　技术支持：书虫网络⟧</div>
"""),
        body="""
各会员单位、各位书友：
公会定于10月25日至27日在文化宫广场举办第五届秋季旧书交流会。
摊位类型　费用
标准摊位　200元/三天
会员摊位　免费
参展单位请于10月18日前扫描海报上的二维码报名，逾期不再安排摊位。
旧书业同业公会
2025年10月8日
""",
    ),
    dict(
        slug="corp-yuexiang-mooncake-news",
        site="月香食品有限公司 (invented)", style="企业官网", genre="新闻", kind="news", form="text",
        source="https://www.yuexiang-food.example.com/news/company/2025-0901.html",
        title="月香食品中秋月饼生产线全面投产",
        record_title="月香食品中秋月饼生产线全面投产 - 公司新闻 - 月香食品",
        date="2025-09-01",
        notes="corporate site text: - column - site title; a product ad box between paragraphs; a customer-service line beside the company's own traceability sentence (扫码 as content); an online-shop link",
        page="""
!m 月香食品　YUEXIANG FOODS
!l 首页　关于月香　产品中心　新闻中心　联系我们
!t 月香食品中秋月饼生产线全面投产 - 公司新闻 - 月香食品
!m 2025-09-01　|　新闻中心　|　浏览 221
{BODY}
!a 天猫旗舰店　京东自营店　立即选购＞
!w 订购热线：400-877-1520
!m Copyright © 月香食品有限公司　鲁ICP备14008812号-1
""",
        body="""
9月1日，月香食品中秋月饼生产线全面投产，今年预计生产月饼八百万枚。
今年公司新增两条自动化包装线，产能比去年提高三成。
⟦a 【广告】月香2025中秋礼盒，预售享八折＞＞⟧
所有产品外包装均印有追溯码，消费者扫码即可查询原料来源和生产批次。
公司总经理宁秀兰表示，将始终把食品安全放在第一位。
""",
    ),
    dict(
        slug="corp-laojiao-rice-wine-recall-html",
        site="老窖坊米酒 (invented)", style="企业官网", genre="公告", kind="notice", form="html",
        source="https://www.laojiaofang.example.cn/gonggao/2025/recall-0722.html",
        title="关于主动召回部分批次桂花米酒的公告",
        record_title="【公司公告】关于主动召回部分批次桂花米酒的公告",
        date="2025-07-22",
        notes="corporate HTML: decorated title; a recall batch table kept; the recall's own 召回咨询电话 kept beside the company's order hotline; a share bar and product carousel",
        page=H("关于主动召回部分批次桂花米酒的公告_老窖坊米酒", """
<div class="logo">⟦m 老窖坊米酒 · 百年手工酿造⟧</div>
<div class="nav">⟦l 品牌故事　产品展示　新闻公告　招商加盟⟧</div>
<h1>⟦t 关于主动召回部分批次桂花米酒的公告⟧</h1>
<p class="d">⟦m 发布日期：2025年07月22日⟧</p>
""", """
<div class="share">⟦l 分享到朋友圈　复制链接⟧</div>
<div class="carousel">⟦l 热销产品：糯米甜酒 | 黑米酒 | 酒酿⟧</div>
<div class="ft">⟦m 订购热线：0731-8299 5500　地址：长沙县酒坊路1号⟧</div>
"""),
        body="""
近日，我公司在自检中发现部分批次桂花米酒酒精度标注与实际不符。为保障消费者权益，公司决定主动召回相关产品。
产品名称　规格　生产批次
桂花米酒　500ml　20250603、20250605
已购买上述批次产品的消费者，可到原购买门店办理退货，公司承担全部费用。
召回咨询电话：0731-8299 5518
老窖坊酒业有限公司
2025年7月22日
""",
    ),
    dict(
        slug="training-shouxin-sign-interpreter-brochure",
        site="手心手语培训学校 (invented)", style="培训机构", genre="招生简章", kind="notice", form="text",
        source="http://www.shouxin-edu.example.com/zsjz/2025/0105/12.html",
        title="手心手语培训学校2025年春季班招生简章",
        record_title="手心手语培训学校2025年春季班招生简章（附课程表）",
        date="2025-01-05",
        notes="training school: decorated title; a course table kept; the school's 报名电话 kept beside a 400 consult line and an online-consult float; a 'free trial class' action",
        page="""
!m 手心手语培训学校　让沟通没有障碍
!l 首页 | 课程设置 | 师资力量 | 学员风采 | 在线报名
!t 手心手语培训学校2025年春季班招生简章（附课程表）
!m 时间：2025-01-05　发布者：招生办
{BODY}
!a 免费试听一节课，点击预约 >
!w 全国咨询热线：400-106-2236
!w 在线咨询（9:00-21:00）
""",
        body="""
本校经市教育局批准设立，专业从事手语教学和手语翻译人员培训。
春季班开课时间为2025年3月1日，学制三个月。
班级　课时　学费
基础班　48课时　1200元
翻译提高班　72课时　2600元
结业考核合格者颁发结业证书。
报名地点：本校前台（市文化路22号三楼）　报名电话：0316-2257318
""",
    ),
    dict(
        slug="training-zhixin-robotics-school-html",
        site="智芯机器人学堂 (invented)", style="培训机构", genre="心得体会", kind="insight", form="html",
        source="https://www.zhixin-robot.example.com/xueyuan/2025/0716.html",
        title="带孩子参加机器人夏令营的几点感受",
        record_title="学员心声｜带孩子参加机器人夏令营的几点感受",
        date="2025-07-16",
        notes="training school HTML: decorated title; a parent's essay; a 'book a trial class' form, a course carousel and a free-trial prompt glued after a sentence",
        page=H("学员心声｜带孩子参加机器人夏令营的几点感受 - 智芯机器人学堂", """
<div class="hd">⟦m 智芯机器人学堂⟧ ⟦w 咨询热线 400-990-6120⟧</div>
<div class="nav">⟦l 课程体系　赛事活动　学员心声　校区分布⟧</div>
<h1>⟦t 带孩子参加机器人夏令营的几点感受⟧</h1>
<div class="info">⟦m 家长：朵朵妈妈　发布时间：2025-07-16⟧</div>
""", """
<form class="book">⟦a 预约试听：姓名 手机号 提交⟧</form>
<div class="ft">⟦m 智芯机器人学堂 版权所有⟧</div>
"""),
        body="""
暑假里，我给女儿报了为期十天的机器人夏令营，收获比我预想的多。
第一是动手能力强了，她第一次自己把电机、传感器装到了底盘上。
第二是学会了合作，小组里四个孩子分工写程序、调试，吵过架也和好了。⟦a 现在报名秋季班，赠送两节体验课！⟧
第三是更有耐心了，程序出错二十多次，她都没有放弃。
""",
    ),
]
