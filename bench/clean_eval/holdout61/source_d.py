"""holdout61, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Invented text."""

CASES = [
    dict(
        slug="localforum-duanchuan-bee-swarm-warning",
        site="椴川生活圈 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.dcshq.com/forum.php?mod=viewthread&tid=90331",
        title="关于野蜂筑巢险情处置的温馨提示",
        record_title="[民生] 转：关于野蜂筑巢险情处置的温馨提示",
        date="2024-09-03",
        date_also=["2024-09-04"],
        page="""
!m 椴川生活圈 » 民生热线 » 帖子详情
!t [民生] 转：关于野蜂筑巢险情处置的温馨提示
!m 发帖：椴川小喇叭　2024-9-4 08:12　|　楼主
!l 阅读 5120　回复 33　|　打赏　|　只看楼主
{BODY}
!l 2楼 城东老李：我家阳台上就有一窝，已经打119了
!l 3楼 豆豆妈：转给小区群了
!a 登录后可参与回复，没有账号？立即注册
!m 椴川生活圈 版权所有 | 客服微信 dcshq666
""",
        junk=dict(lines=1, glued=1),
        body="""
近期气温较高，马蜂、胡蜂筑巢活跃。县消防救援大队提醒广大市民：
一、发现蜂巢不要自行捅、烧，以免被群蜂攻击。
二、蜂巢位于居民区、学校附近的，请拨打119求助。
三、被蜂蛰伤后出现头晕、呼吸困难等症状，应立即就医。
椴川县消防救援大队
2024年9月3日
""",
    ),
    dict(
        slug="localforum-html-feixi-spa-price-post",
        site="榧溪论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="post",
        form="html",
        source="https://www.feixibbs.net/thread-22018-1-1.html",
        title="温泉门票价格调整的说明",
        record_title="温泉门票价格调整的说明 - 榧溪杂谈 - 榧溪论坛",
        date="2025-03-01",
        page="""
<html><head><meta charset="gbk"><title>温泉门票价格调整的说明 - 榧溪杂谈 - 榧溪论坛</title></head><body>
<table width="100%"><tr><td>⟦m 榧溪论坛　家乡人的网上家园⟧</td><td align="right">⟦a 用户名 密码 登录 | 注册⟧</td></tr></table>
<div class="crumb">⟦m 榧溪论坛 → 榧溪杂谈 → 温泉门票价格调整的说明⟧</div>
<table class="post"><tr><td class="author">⟦m 榧溪温泉官方　认证商家　发帖 35⟧</td><td>
<div class="ptime">⟦m 发表于 2025-03-01 10:05⟧</div>
<div class="msg">
{BODY}
</div>
<div class="sig">⟦m ----- 榧溪温泉 官方账号 订房热线 0576-8120008 -----⟧</div>
</td></tr></table>
<div class="reply">⟦l 快速回复　表情　发表回复⟧</div>
<div class="ft">⟦m Powered by 榧溪论坛 2008-2025⟧</div></body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
各位网友：
因地热水开采成本上升，经物价部门备案，榧溪温泉自2025年3月15日起调整门票价格，具体如下：
票种　原价　新价
成人票　128元　148元
儿童票　68元　78元
65周岁以上老人凭身份证享受半价，本县户籍居民每月第一个周一免费。
给大家带来不便，敬请谅解。
""",
    ),
    dict(
        slug="download-ziliao-bee-plan-oneline",
        site="资料铺 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.ziliaopu.com/down/61208.html",
        title="蜂蜜质量安全追溯体系建设工作方案",
        record_title="蜂蜜质量安全追溯体系建设工作方案（2025最新版）免费下载",
        date=None,
        page="""
!m 资料铺 - 办公资料免费下载
!m 首页 > 农业文档 > 工作方案
!t 蜂蜜质量安全追溯体系建设工作方案（2025最新版）免费下载
!m 软件大小：38KB　软件类型：doc　更新时间：今天 09:14　下载次数：76
!a 【电信下载】【联通下载】【本地高速下载】
!m 资料简介：
{BODY}
!a 下载地址失效？点此报错
!d 本站资源均来自网络收集，仅供学习研究，请于下载后24小时内删除。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
为提升蜂产品质量安全水平，决定在全县开展蜂蜜质量安全追溯体系建设。
一、目标任务：到年底，全县规模养蜂场全部纳入追溯平台，实现从蜂场到餐桌全程可追溯。
二、工作措施：为每个蜂场建立电子档案，产品包装加贴追溯码，消费者扫码即可查询产地和检测信息。
三、责任分工：农业农村部门负责蜂场建档，市场监管部门负责流通环节抽检。
""",
    ),
    dict(
        slug="download-html-wendang8-lantern-contract",
        site="文档吧下载 (invented)",
        style="资料下载站",
        genre="合同",
        kind="contract",
        form="html",
        source="http://www.wd8xz.com/soft/33012.html",
        title="灯笼制作加工合同",
        record_title="灯笼制作加工合同范本.doc下载",
        date=None,
        page="""
<html><head><meta charset="gb2312"><title>灯笼制作加工合同范本.doc下载_文档吧下载</title></head><body>
<table width="980"><tr><td>⟦m 文档吧下载站　www.wd8xz.com⟧</td></tr>
<tr><td>⟦m 首页 | 合同范本 | 行政公文 | 教育资料 | 排行榜⟧</td></tr></table>
<table class="info"><tr><td>⟦m 文件名称：灯笼制作加工合同范本.doc⟧</td><td>⟦m 文件大小：25KB⟧</td></tr>
<tr><td>⟦m 授权方式：免费⟧</td><td>⟦m 添加时间：2024-12-02⟧</td></tr></table>
<div class="intro"><h2>{T}</h2>
{BODY}
</div>
<div class="down">⟦a 下载地址一　下载地址二　下载地址三⟧ ⟦a 报告错误⟧</div>
<div class="ft">⟦d 声明：本站所有资料均为网友提供，如有侵权请来信告知。⟧</div></body></html>
""",
        body="""
甲方（定作方）：______________
乙方（承揽方）：______________
一、加工内容：乙方为甲方制作红纱宫灯______对，规格直径______厘米。
二、交货时间：______年____月____日前交付。
三、质量要求：灯骨牢固、灯面无破损，电光源须符合安全标准。
四、价款及支付：合同总价______元，签订后预付30%，验收合格后付清余款。
甲方（签章）：　　　乙方（签章）：
""",
    ),
    dict(
        slug="exam-renshi-hotspring-recruit",
        site="榧溪人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.fxrsks.gov.cn/ggl/2025/0408/3312.html",
        title="榧溪县温泉旅游发展中心2025年公开招聘工作人员公告",
        date="2025-04-08",
        page="""
!m 榧溪人事考试网
!m 首页 → 公告栏 → 事业单位招聘
{T}
!m 来源：县人力社保局　发布时间：2025-04-08 17:00
!w 网站技术咨询：0576-8100200（工作日）
{BODY}
!l 附件下载：报名表.xls
!d 温馨提示：本网从未委托任何机构举办考试培训，谨防上当受骗。
!m 榧溪县人力资源和社会保障局主办
""",
        body="""
根据工作需要，榧溪县温泉旅游发展中心面向社会公开招聘工作人员3名。
岗位　人数　专业要求
旅游策划　1　旅游管理
地热资源管理　1　水文与水资源工程
财务　1　会计学
报名时间：2025年4月15日至4月21日。
报名方式：考生登录本网下载并填写报名表，发送至邮箱fxwlzx@163.com。
咨询电话：0576-8122317
附件：榧溪县温泉旅游发展中心公开招聘报名表
榧溪县人力资源和社会保障局
2025年4月8日
""",
    ),
    dict(
        slug="exam-html-chushan-interview-list",
        site="楮山人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://rsks.chushan.gov.cn/tzgg/20241120/2110.html",
        title="楮山县蜂业技术推广站招聘面试人员名单公示",
        record_title=None,
        date="2024-11-20",
        page="""
<html><head><title>楮山县蜂业技术推广站招聘面试人员名单公示</title></head><body>
<div class="hd">⟦m 楮山人事考试网　CHUSHAN PERSONNEL EXAMINATION⟧</div>
<div class="nav">⟦m 首页　考试公告　成绩查询　准考证打印　政策法规⟧</div>
<h1>{T}</h1>
<div class="sub">⟦m 发布时间：2024年11月20日　阅读次数：1877⟧ ⟦a 【打印本页】⟧</div>
<div class="main">
{BODY}
</div>
<div class="ft">⟦m 楮山县人事考试中心　地址：楮山县府前路6号　ICP备案：浙ICP备12003451号⟧</div></body></html>
""",
        body="""
根据笔试成绩，现将进入面试人员名单公示如下：
准考证号　姓名　笔试成绩
2024110301　钟晓　78.5
2024110317　田园　76.0
2024110322　沈一帆　74.5
面试时间为11月30日上午，请考生于11月27日起登录本网打印面试通知书。
楮山县人事考试中心
2024年11月20日
""",
    ),
    dict(
        slug="tender-caigou-stele-shelter-bid",
        site="楸原公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ggzy.qiuyuan.gov.cn/jyxx/zfcg/zbgg/20240712/88.html",
        title="楸原县碑刻保护棚建设项目中标结果公告",
        date="2024-07-12",
        page="""
!m 楸原县公共资源交易中心
!m 交易信息 / 政府采购 / 中标公告
{T}
!m 【信息时间：2024-07-12】【阅读：312】【我要打印】【关闭】
{BODY}
!w 平台技术服务热线：400-080-1717
!m 楸原县公共资源交易中心　地址：楸原县新区政务大楼二楼
""",
        body="""
一、项目编号：QYCG-2024-061
二、项目名称：楸原县碑刻保护棚建设项目
三、中标信息
中标单位　中标金额　工期
楸原古建工程有限公司　96.8万元　90日历天
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：楸原县文化和旅游局　联系人：何晴　电话：0570-6623310
代理机构：楸原正和招标代理有限公司　联系人：许诺　电话：0570-6658021
""",
    ),
    dict(
        slug="tender-html-tangquan-pump-inquiry",
        site="汤泉集团采购平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://caigou.tqp-group.com/notice/2025-0319.html",
        title="汤泉坪集团汤池循环泵采购询价公告",
        record_title="汤泉坪集团汤池循环泵采购询价公告【询价】",
        date="2025-03-19",
        page="""
<html><head><title>汤泉坪集团汤池循环泵采购询价公告【询价】</title></head><body>
<div class="top">⟦m 汤泉坪集团阳光采购平台⟧ ⟦a 供应商登录　供应商注册⟧</div>
<div class="nav">⟦m 首页 &gt; 采购公告 &gt; 询价公告⟧</div>
<h2>{T}</h2>
<p class="t">⟦m 发布日期：2025-03-19　截止日期：2025-03-26⟧</p>
{BODY}
<div class="att">⟦l 相关公告：汤池过滤砂更换项目结果公示⟧</div>
<div class="ft">⟦m 监督电话：0579-8626001　技术支持：采e通⟧</div></body></html>
""",
        body="""
汤泉坪集团拟采购汤池循环泵一批，欢迎符合条件的供应商参加报价。
1.采购内容：不锈钢热水循环泵2台，流量不小于60立方米／小时。
2.供应商资格：具有独立法人资格，近三年有温泉或泳池设备供货业绩。
3.报价方式：请于3月26日17时前将密封报价单送至集团采购部。
联系人：钱立　联系电话：0579-8626128
""",
    ),
    dict(
        slug="lawfirm-hengping-bee-damage-case",
        site="衡平律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="article",
        form="text",
        source="https://www.hengpinglaw.cn/anli/3021.html",
        title="农药致蜂群死亡，养蜂户能否获赔？",
        record_title="农药致蜂群死亡，养蜂户能否获赔？丨衡平说法",
        date="2024-12-05",
        page="""
!m 衡平律师事务所　HENGPING LAW FIRM
!m 首页 ＞ 案例解析 ＞ 农业农村
{T}
!m 撰文：衡平律师事务所 律师 陆衡　2024-12-05
{BODY}
!d 本文仅为一般性法律信息，不构成针对具体案件的法律意见。
!w 免费法律咨询：0576-8866118　微信同号
!l 相关案例：流转土地上的蜂场被拆怎么办
""",
        gap=True,
        body="""
【基本案情】2023年7月，某村农户在稻田喷洒农药，未提前告知邻近蜂场，致使养蜂户老周的86箱蜜蜂大量死亡。
【法院观点】法院认为，施药人未履行告知义务，对损害发生存在过错，应承担主要赔偿责任；养蜂户未及时关闭巢门，自行承担20%责任。
【律师提示】养蜂户应保存蜂群数量、购蜂发票、死亡现场照片等证据，并及时向农业部门申请鉴定。
""",
    ),
    dict(
        slug="lawfirm-html-minze-lantern-injury",
        site="民则律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="article",
        form="html",
        source="https://www.minzelaw.com/pufa/2025/0205/719.html",
        title="灯会踩踏受伤，谁来担责？",
        date="2025-02-05",
        page="""
<html><head><title>灯会踩踏受伤，谁来担责？-民则律师事务所</title></head><body>
<div class="head">⟦m 民则律师事务所　专业·诚信·高效⟧</div>
<div class="menu">⟦m 首页 律所简介 专业领域 律师团队 普法园地 联系我们⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 时间：2025-02-05　作者：民则普法组　浏览：690⟧</div>
<div class="txt">
{BODY}
</div>
<div class="consult">⟦w 扫码添加律师微信，在线免费咨询⟧</div>
<div class="ft">⟦m 民则律师事务所 版权所有　地址：枳湖市中山路208号⟧</div></body></html>
""",
        body="""
每逢元宵，各地灯会人流密集，踩踏事件时有发生。
根据民法典第一千一百九十八条，群众性活动的组织者未尽到安全保障义务，造成他人损害的，应当承担侵权责任。
因第三人行为造成他人损害的，由第三人承担侵权责任；组织者未尽到安全保障义务的，承担相应的补充责任。
建议游客保存好门票、就诊记录等证据，必要时及时报警。
""",
    ),
]
