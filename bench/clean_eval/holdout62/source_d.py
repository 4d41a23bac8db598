"""holdout62, part D: 招投标网, 律所网站, 社区网站, 行业协会, 企业官网, 培训机构. Invented text."""

CASES = [
    dict(
        slug="tender-liangcheng-html-distillery-bid",
        site="粱城县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://ggzy.liangcheng.gov.cn/jyxx/zfcg/zbgg/20250306/9921.html",
        title="粱城县酿酒产业园污水处理设备采购项目中标结果公告",
        date="2025-03-06",
        record_date="2025-03-06",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>粱城县酿酒产业园污水处理设备采购项目中标结果公告</title></head><body>
<div class="hd">⟦m 粱城县公共资源交易中心⟧ ⟦a CA办理⟧ ⟦a 主体注册⟧</div>
<div class="nav">⟦l 交易信息 | 政策法规 | 办事指南 | 诚信体系⟧</div>
<div class="position">⟦m 当前位置：交易信息 > 政府采购 > 中标公告⟧</div>
<h2>{T}</h2>
<div class="ewb-info">⟦m 【信息时间：2025-03-06　阅读次数：88】⟧ ⟦a 【我要打印】【关闭】⟧</div>
<div class="ewb-content">
{BODY}
</div>
<div class="fj">⟦l 相关公告：粱城县酿酒产业园污水处理设备采购项目招标公告⟧</div>
<footer>⟦m 中心地址：粱城县政务服务中心三楼　服务热线：0537-2290566⟧</footer>
</body></html>
""",
        body="""
一、项目编号：LCZC-2025-0017
二、项目名称：粱城县酿酒产业园污水处理设备采购项目
三、中标信息
供应商名称　中标金额　交货期
鲁清环保设备有限公司　368.5万元　60日历天
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式：采购人粱城县工业和信息化局，联系人：任长河，电话：0537-2251107。
""",
    ),
    dict(
        slug="tender-dangliu-text-cold-storage-inquiry",
        site="丹榴镇阳光采购平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://cg.danliu.net/notice/2024/0819/312.html",
        title="丹榴镇石榴冷链仓储设施建设项目询价公告",
        record_title="【询价公告】丹榴镇石榴冷链仓储设施建设项目询价公告",
        date="2024-08-19",
        page="""
!m 丹榴镇阳光采购平台｜公开 公平 公正
!m 首页 > 采购公告 > 询价公告
!t 【询价公告】丹榴镇石榴冷链仓储设施建设项目询价公告
!m 发布人：镇财政所　发布时间：2024-08-19 11:05　截止时间：2024-08-26 17:00
!a 【我要报名】【下载采购文件】
{BODY}
!l 热门公告：　·村道硬化工程竞争性谈判公告　·农机采购询价公告
!m 平台技术支持：0812-6632000
""",
        body="""
丹榴镇人民政府拟对石榴冷链仓储设施建设项目进行询价采购，欢迎符合条件的供应商参加。
1. 采购内容：建设300立方米组合冷库1座，含制冷机组及安装。
2. 最高限价：46万元。
3. 供应商资格：具有独立法人资格，近三年内无重大违法记录。
4. 报价文件递交截止时间：2024年8月26日17时。
采购人联系人：钟一禾，电话：0812-6630098。
""",
    ),
    dict(
        slug="lawfirm-zhengping-html-deer-lease-article",
        site="正平律师事务所 (invented)",
        style="律所网站",
        genre="文章",
        kind="article",
        form="html",
        source="https://www.zhengpinglaw.cn/anli/2024/1203/506.html",
        title="养殖场租赁合同到期后，地上鹿舍归谁？",
        record_title="养殖场租赁合同到期后，地上鹿舍归谁？_正平律师事务所",
        date="2024-12-03",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>养殖场租赁合同到期后，地上鹿舍归谁？_正平律师事务所</title></head><body>
<header><div class="logo">⟦m 正平律师事务所　ZHENGPING LAW FIRM⟧</div>
<div class="tel">⟦w 免费法律咨询热线 400-877-6120⟧</div></header>
<nav>⟦l 首页 律所简介 专业领域 律师团队 典型案例 联系我们⟧</nav>
<div class="crumb">⟦m 首页 / 典型案例 / 农村土地⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 作者：龚律师　2024-12-03　阅读 371⟧</div>
<div class="content">
{BODY}
</div>
<div class="tip">⟦d 本文仅为一般性法律信息，不构成针对具体案件的法律意见⟧</div>
<div class="consult">⟦w 遇到类似问题？留下电话，律师30分钟内回电⟧</div>
<footer>⟦m 地址：鹿鸣县人民路99号金鹿大厦12层⟧</footer>
</body></html>
""",
        body="""
【案情】养殖户王某租用某村集体土地建设鹿舍，租期十年。合同到期后，村委会要求王某无偿交还鹿舍，双方发生争议。
【分析】合同对地上附着物有约定的，从其约定；没有约定的，可以协商由出租方折价补偿，或由承租方在合理期限内拆除。
【建议】养殖户签订土地租赁合同时，应写明到期后圈舍、围栏等设施的处理方式，避免日后纠纷。
""",
    ),
    dict(
        slug="lawfirm-ruyi-text-cobbler-stall-qa",
        site="如意律师在线 (invented)",
        style="律所网站",
        genre="问答",
        kind="answer",
        form="text",
        source="http://www.ruyi-lawyer.com/zixun/55120.html",
        title="街道收回修鞋摊位，摊主能否要求补偿？",
        record_title=None,
        date=None,
        page="""
!m 如意律师在线 — 您身边的法律顾问
!m 法律咨询 » 行政法 » 城市管理
{T}
!m 咨询人：蕖阳市网友　　咨询时间：3小时前
!m 解答律师：如意律师事务所 邹清律师
{BODY}
!w 还有疑问？拨打邹律师电话 138 7302 1156 或添加微信同号
!a 我也要咨询　　分享给朋友
!l 相关咨询：占道经营被罚款怎么办　摊位费可以退吗
""",
        body="""
您好。如果摊位是街道依法审批设立的便民摊点，街道因公共利益需要收回时，应当提前告知并给予合理过渡期。
摊主已经缴纳的摊位管理费，未使用部分可以要求退还；因此遭受的实际损失，可以先与街道协商，协商不成的，可以申请行政复议或者提起行政诉讼。
建议保留好审批文件和缴费凭证。
""",
    ),
    dict(
        slug="community-quyang-html-repair-stall-notice",
        site="蕖阳市桥东社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://qiaodong.quyang-sq.cn/sqgg/2025/0318.html",
        title="桥东社区便民修补服务点开放通知",
        date="2025-03-18",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>桥东社区便民修补服务点开放通知</title></head><body>
<div class="top">⟦m 桥东社区居民之家⟧ <span class="weather">⟦m 蕖阳 晴 8℃~19℃⟧</span></div>
<nav>⟦l 社区首页 党建引领 社区公告 邻里互助 办事指南⟧</nav>
<div class="bread">⟦m 社区首页 > 社区公告⟧</div>
<h3>{T}</h3>
<div class="pubinfo">⟦m 发布者：社区居委会　发布时间：2025-03-18⟧</div>
<div class="detail">
{BODY}
</div>
<div class="cmt">⟦l 居民留言（2）：⟧<br>⟦l 6栋王阿姨：太好了，终于不用跑老远了⟧</div>
<div class="ft">⟦m 社区服务热线：0736-7712345⟧</div>
</body></html>
""",
        body="""
各位居民：
为方便大家生活，桥东社区在党群服务中心东侧设立便民修补服务点，3月20日起正式开放。
服务项目：修鞋、配钥匙、缝补衣物、磨剪刀。
开放时间：每周二、四、六上午9:00—11:30。
服务点由退休鞋匠周师傅等3名志愿者轮流值守，只收取材料费。
桥东社区居民委员会
2025年3月18日
""",
    ),
    dict(
        slug="community-yanghu-text-ginkgo-leaves-notice",
        site="银杏里社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yinxingli-sq.com/gonggao/1127.html",
        title="关于银杏落叶季暂缓清扫部分路段的温馨提示",
        record_title="关于银杏落叶季暂缓清扫部分路段的温馨提示 - 银杏里社区网",
        date="2024-11-20",
        page="""
!m 银杏里社区网　住在银杏里，邻里一家亲
!m 首页 › 社区通知 › 温馨提示
{T}
!m 【银杏里物业服务中心】　2024-11-21　阅读 592　评论 13
{BODY}
!l 热门帖子：｜周末跳蚤市场摊位报名｜快递柜新增两组
!a 👍 有用(88)　分享到邻里圈
!m 物业24小时值班电话 0571-8876 3300
""",
        body="""
亲爱的业主们：
每年11月下旬，小区银杏大道落叶满地，金黄一片。经业委会征求意见，今年11月22日至12月5日，银杏大道人行步道暂缓清扫落叶，供大家拍照观赏。
车行道和消防通道照常清扫。雨天落叶湿滑，老人和孩子出行请注意安全。
银杏里物业服务中心
2024年11月20日
""",
        date_also=["2024-11-21"],
    ),
    dict(
        slug="association-xieye-html-cobbler-pledge",
        site="蕖阳市皮革制品修理行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="http://www.qyxlxh.org.cn/xhdt/2024/1030/61.html",
        title="诚信修理 明码标价——致全市修鞋修包从业者的倡议书",
        date="2024-10-30",
        page="""
<html><head><meta charset="utf-8"><title>诚信修理 明码标价——致全市修鞋修包从业者的倡议书</title></head><body>
<div class="xh-head">⟦m 蕖阳市皮革制品修理行业协会⟧ ⟦a 会员登录⟧ ⟦a 入会申请⟧</div>
<div class="xh-nav">⟦l 协会概况 协会动态 会员风采 行业标准 联系我们⟧</div>
<div class="xh-pos">⟦m 位置：协会动态⟧</div>
<h2>{T}</h2>
<div class="xh-date">⟦m 2024-10-30　浏览量：142⟧</div>
<div class="xh-text">
{BODY}
</div>
<div class="xh-foot">⟦m 协会秘书处电话：0736-7720518　邮箱：qyxlxh@126.com⟧<br>⟦m 湘ICP备19012204号⟧</div>
</body></html>
""",
        body="""
全市修鞋修包从业者：
为维护行业信誉，协会向大家倡议：
1. 明码标价。在摊位显著位置公示修理项目和价格，不漫天要价。
2. 诚信修理。如实告知顾客修理方案，不以次充好。
3. 文明经营。摊位整洁，不占用盲道，主动配合城市管理。
让我们用好手艺、好口碑赢得顾客信任！
蕖阳市皮革制品修理行业协会
2024年10月30日
""",
    ),
    dict(
        slug="association-teqin-text-ostrich-minutes",
        site="砂原县特种养殖协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.sytzyz.org/news/2025/01/0219.html",
        title="砂原县特种养殖协会第二届理事会第三次会议纪要",
        record_title="砂原县特种养殖协会第二届理事会第三次会议纪要_协会动态",
        date="2025-01-19",
        page="""
!m 砂原县特种养殖协会网站
!m 首页＞协会动态＞会议纪要
{T}
!m 发布：秘书处　时间：2025-01-21
!a 【字体：大 中 小】【打印】
{BODY}
!l 上一篇：关于缴纳2025年度会费的通知
!m 砂原县特种养殖协会 版权所有
""",
        body="""
时间：2025年1月19日下午2时
地点：协会会议室
主持：会长 沙守仁
出席：理事13人，列席2人
一、会议审议通过了2024年协会工作报告和财务收支报告。
二、会议决定2025年举办鸵鸟、孔雀养殖技术培训班2期。
三、会议同意吸收腾达鸵鸟养殖场等5家单位为新会员。
分送：全体理事，各会员单位
""",
        date_also=["2025-01-21"],
    ),
    dict(
        slug="company-liangjiu-html-news-brewing",
        site="粱城老窖酒业有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lclaojiao.com/news/company/2024-09-12.html",
        title="公司举行2024年高粱收购开秤仪式",
        record_title="公司举行2024年高粱收购开秤仪式-粱城老窖",
        date="2024-09-12",
        record_date="2024-09-12",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公司举行2024年高粱收购开秤仪式-粱城老窖</title></head><body>
<header><div class="brand">⟦m 粱城老窖 · 百年窖池 匠心酿造⟧</div><div class="buy">⟦a 官方商城⟧ ⟦a 经销商加盟⟧</div></header>
<nav>⟦l 首页 走进老窖 产品中心 新闻动态 社会责任 联系我们⟧</nav>
<div class="path">⟦m 首页 > 新闻动态 > 企业新闻⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2024-09-12　浏览：⟧⟦m 309⟧</div>
<div class="body">
{BODY}
</div>
<div class="pager">⟦l 上一条：老窖荣获省级非遗工坊称号⟧　⟦l 下一条：返回列表⟧</div>
<div class="drink">⟦d 理性饮酒 未成年人禁止饮酒⟧</div>
<footer>⟦m 粱城老窖酒业有限公司 ©版权所有　鲁ICP备10022189号-3⟧</footer>
</body></html>
""",
        body="""
9月11日，公司在原料基地举行2024年高粱收购开秤仪式，首日收购当地红高粱286吨。
今年公司与粱城县12个村签订订单种植协议，订单面积3.5万亩，收购价每斤高于市场价0.1元。
公司负责人表示，将坚持“好粮酿好酒”，带动更多农户稳定增收。
""",
    ),
    dict(
        slug="company-ouxiang-text-recall-notice",
        site="藕香食品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.ouxiangfood.com/gonggao/2025-0410.htm",
        title="藕香食品有限公司关于主动召回部分批次桂花藕粉的公告",
        date="2025-04-10",
        page="""
!m 藕香食品 OUXIANG FOOD ｜ 一碗好藕粉，温暖一家人
!m 首页 - 新闻公告 - 公司公告
{T}
!m 日期：2025年4月10日　｜　来源：品质管理部
{BODY}
!w 消费者服务热线：400-669-2288（每日8:00-20:00）
!l 返回上页 | 网站首页
!m Copyright © 藕香食品有限公司
""",
        body="""
近日，我公司在自检中发现，生产日期为2025年3月2日、批号为GH250302的450克装桂花藕粉，水分含量超出企业标准。
为保障消费者健康，公司决定主动召回该批次产品，共计2160袋。已购买该批次产品的消费者，可凭产品包装到原购买地点办理退货。
对由此给消费者带来的不便，我们深表歉意。
藕香食品有限公司
2025年4月10日
""",
    ),
    dict(
        slug="training-tengyi-html-weaving-course",
        site="藤艺职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="brochure",
        form="html",
        source="https://www.tengyi-px.com/zs/2025chun.html",
        title="藤艺职业培训学校2025年春季藤编技能培训招生简章",
        date=None,
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>藤艺职业培训学校2025年春季藤编技能培训招生简章</title></head><body>
<div class="hd">⟦m 藤艺职业培训学校　人社部门批准办学⟧ ⟦w 报名热线：0745-3321688⟧</div>
<nav>⟦l 学校首页 课程设置 师资力量 学员作品 在线报名⟧</nav>
<h1>{T}</h1>
<div class="cnt">
{BODY}
</div>
<div class="signup">⟦a 我要报名：填写姓名和手机号，招生老师会联系您⟧</div>
<div class="float">⟦w 在线客服⟧ ⟦w 微信咨询：tengyi_px⟧</div>
<footer>⟦m 校址：藤溪县青藤镇桃花村藤编工坊旁⟧</footer>
</body></html>
""",
        body="""
一、培训对象：藤溪县内年满18周岁、有就业意愿的城乡劳动者，农村妇女和脱贫户优先。
二、培训内容：藤条处理、基础编法、花式编法、藤编家具制作。
三、培训时间：共30天，每期招收40人。
四、培训费用：符合条件的学员享受职业技能培训补贴，个人不交费。
五、报名材料：身份证复印件、一寸照片2张。
""",
    ),
    dict(
        slug="training-xinnong-text-yam-course-wrapped",
        site="新农人培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xinnongren-px.cn/tz/0912.html",
        title="关于举办山药种植与电商销售培训班的通知",
        record_title="关于举办山药种植与电商销售培训班的通知（第3期）",
        date="2024-09-12",
        page="""
!m 新农人培训学校 · 农民身边的技能课堂
!m 首页 > 培训通知
!t 关于举办山药种植与电商销售培训班的通知（第3期）
{BODY}
!w 想报名？加班主任微信 xnr-banzhuren 备注“山药班”
!l 往期回顾：第2期学员结业合影
!d 本站信息以学校正式通知为准
""",
        wrap=56,
        indent="　　",
        body="""
各乡镇农业服务中心：
为提高山药种植户的生产和销售水平，学校定于2024年9月23日至27日在薯岭县农广校举办山药种植与电商销售培训班，名额50人。
培训内容包括山药高垄栽培、病虫害防治、短视频拍摄和网店运营等。学员食宿由学校统一安排。
请各乡镇于9月18日前将学员名单报学校教务科，联系电话：0391-7721550。
新农人培训学校
2024年9月12日
""",
    ),
]
