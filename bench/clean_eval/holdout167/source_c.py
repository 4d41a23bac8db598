"""holdout167, part C: tape measures (卷尺) — a download station, a metrology-exam page, a
tender for steel tapes, a law firm on short-measure disputes, a residents' site, a measuring
tools association, a tape factory and a carpentry school. Invented text."""

CASES = [
    dict(
        slug="download-feichuan-tape-calibration-rule-asp",
        site="榧川资料下载站 (invented, ASP)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.feichuanxz.example.com/soft/Soft_20931.asp",
        title="钢卷尺周期检定管理办法",
        record_title="钢卷尺周期检定管理办法.doc下载",
        date=None,
        notes="old ASP download station: file-info table, three mirror links, error report; regulation with 打印 article kept; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>钢卷尺周期检定管理办法.doc下载</title></head><body>
<table width="980"><tr><td>⟦m 榧川资料下载站⟧</td><td>⟦m 首页 | 办公文档 | 规章制度 | 表格模板⟧</td></tr></table>
<table width="980"><tr><td>⟦m 软件名称：钢卷尺周期检定管理办法⟧</td></tr><tr><td>⟦m 文件大小：26 KB　授权方式：免费　更新时间：2025-03-02⟧</td></tr><tr><td>⟦m 下载次数：本日:3 本周:17 本月:62⟧</td></tr></table>
<div class="intro">⟦m 资料简介：⟧</div>
{BODY}
<table><tr><td>⟦a 电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 备用下载地址⟧</td></tr></table>
<div>⟦a 下载地址失效？点此报错⟧</div>
<div>⟦d 本站资料均来自网络，仅供学习参考，请于下载后24小时内删除。⟧</div>
<div>⟦m Copyright 2009-2025 榧川资料下载站⟧</div>
</body></html>
""",
        body="""
第一条 为保证车间使用的钢卷尺量值准确可靠，根据计量管理有关规定，制定本办法。
第二条 本办法适用于公司各车间、质检部门使用的钢卷尺。
第三条 钢卷尺检定周期为六个月，由计量室统一送检。
第四条 检定合格的卷尺粘贴绿色合格标识；超期未检的，不得用于产品检验。
第五条 计量室每月初打印送检清单，交各车间核对后签字确认。
第六条 卷尺尺带弯折、刻线模糊或尺钩松动的，使用人应立即停用并报计量室。
第七条 本办法自发布之日起施行。
""",
    ),
    dict(
        slug="exam-jinyuan-metrology-assistant-interview-notice",
        site="橼城市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.ycrsks.example.gov.cn/kwgg/2025/0520/1140.html",
        title="橼城市计量检定测试所2025年公开招聘编外计量检定员面试公告",
        record_title="【面试公告】橼城市计量检定测试所2025年公开招聘编外计量检定员面试公告",
        date="2025-05-20",
        notes="personnel exam page: interview table one row a paragraph; the exam centre's consultation line kept beside the site's technical line; 下载/打印 准考证 sentence kept",
        page="""
!m 橼城市人事考试网
!m 首页 › 考务公告 › 事业单位
{T}
!m 发布时间：2025-05-20 16:00　阅读：4410
!a 【大 中 小】　【打印】　【关闭】
{BODY}
!l 附件下载：面试人员名单.xls
!m 网站技术支持电话：0745-2209961（仅限网站故障）
!m 橼城市人事考试网 版权所有
""",
        body="""
根据《橼城市计量检定测试所2025年公开招聘编外计量检定员公告》，现将面试有关事项公告如下：
一、面试时间和地点
日期　时间　地点
5月31日　上午8:30　市职业技术学院实训楼
5月31日　下午14:00　市职业技术学院实训楼
二、面试方式
面试采取结构化面试加实操的方式，实操内容为使用标准钢卷尺检定工作用卷尺的示值误差。
三、其他事项
请考生于5月28日起登录本网下载并打印面试通知书，面试当天凭通知书和身份证入场。
咨询电话：0745-2236018（市计量检定测试所人事科）。
橼城市计量检定测试所
2025年5月20日
""",
    ),
    dict(
        slug="tender-tongxi-steel-tape-procurement-result-html",
        site="檫川公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.chachuan.example.gov.cn/jyxx/zbgg/2024/1203/42217.html",
        title="檫川县建设工程质量检测中心测量器具采购项目中标结果公告",
        record_title="檫川县建设工程质量检测中心测量器具采购项目中标结果公告-檫川公共资源交易平台",
        date="2024-12-03",
        notes="tender platform: buyer and agency contacts kept beside the CA hotline; result table; 1/2/3 headings",
        page="""
<html><head><meta charset="utf-8"><title>檫川县建设工程质量检测中心测量器具采购项目中标结果公告-檫川公共资源交易平台</title></head><body>
<div class="top">⟦m 檫川公共资源交易平台⟧ <span>⟦a 投标人登录⟧ ⟦a CA证书办理⟧</span></div>
<div class="nav">⟦m 首页 交易信息 政策法规 办事指南 诚信体系⟧</div>
<div class="loc">⟦m 交易信息 » 政府采购 » 结果公告⟧</div>
<h2>⟦t 檫川县建设工程质量检测中心测量器具采购项目中标结果公告⟧</h2>
<div class="date">⟦m 【信息时间：2024-12-03　阅读次数：301】⟧</div>
<div class="detail">
{BODY}
</div>
<div class="bot">⟦m CA证书服务热线：400-880-1307⟧　⟦m 平台运维：檫川县公共资源交易中心⟧</div>
<div>⟦d 本平台发布的信息仅供参考，以纸质文件为准。⟧</div>
</body></html>
""",
        body="""
一、项目编号：CCZC-2024-118
二、项目名称：檫川县建设工程质量检测中心测量器具采购项目
三、中标信息
包号　货物名称　中标供应商　中标金额（元）
1　钢卷尺及钢直尺　椿城量具有限公司　38600
2　激光测距仪　楠溪仪器经营部　54200
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：檫川县建设工程质量检测中心，联系人：邬芳，电话：0734-7126603
代理机构：檫川永信招标代理有限公司，联系人：柯晓东，电话：0734-7138820
""",
    ),
    dict(
        slug="lawfirm-hengsheng-tape-short-measure-lecture",
        site="衡晟律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="other",
        form="text",
        source="https://www.hengshenglaw.example.com/jiangtang/2025/0312/207.html",
        title="卷尺上的官司：装修量房短尺纠纷怎么维权",
        record_title="法律讲堂丨卷尺上的官司：装修量房短尺纠纷怎么维权",
        date="2025-03-12",
        notes="law firm lecture: consult card prompt between paragraphs on its own line; 'not legal advice' notice; the firm's phone in footer",
        page="""
!m 衡晟律师事务所 | 专注消费与建设工程纠纷
!m 首页 / 法律讲堂 / 消费维权
{T}
!m 主讲：曹慕言 律师　2025-03-12　阅读 1183
{BODY}
!d 本文仅为普法交流，不构成针对具体案件的法律意见。
!w 遇到类似问题？在线留言，律师24小时内回复
!m 衡晟律师事务所　咨询电话：0731-8442 6610
""",
        body="""
不少业主装修时遇到过这种情况：合同按面积计价，完工后自己拿卷尺一量，实际面积比结算面积少了好几个平方。
第一，面积怎么量要在合同里写清楚。建议写明测量工具、测量时点和计算规则，比如墙面是否扣除门窗洞口。
第二，发现短尺要及时固定证据。双方一起复尺并签字，必要时请有资质的第三方测量机构出具报告。
⟦w 想让律师帮您审一审装修合同？点击预约免费咨询⟧
第三，多收的款项可以要求返还。装修公司故意虚报面积的，还可能构成欺诈，消费者可以依法主张赔偿。
最后提醒大家，验收前别急着付尾款，量清楚了再签字。
""",
    ),
    dict(
        slug="community-huaihe-tape-measure-lending-notice",
        site="槐河社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.huaihesq.example.cn/tz/2025-06-03.html",
        title="社区工具屋新增卷尺、水平尺等测量工具借用的通知",
        record_title="【居民须知】社区工具屋新增卷尺、水平尺等测量工具借用的通知",
        date="2025-06-02",
        notes="residents' site: duty phone of the document kept beside the property hotline in the footer; list of tools as a table; 扫码 sentence kept; one-line body",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 槐河社区居民之家 · 邻里守望 共建共享
{T}
!m 发布人：社区居委会　2025年6月3日　浏览 402
{BODY}
!l 评论（2）：王阿姨：太方便了，正准备量窗帘。
!m 物业24小时服务热线：400-622-1088
!l 返回列表
""",
        body="""
各位居民朋友：为方便大家居家小修小装，社区工具屋从6月5日起新增一批测量工具，免费借用。
工具名称　数量　借用期限
五米钢卷尺　10把　3天
三十米皮尺　2把　3天
水平尺　4把　3天
借用时请扫描工具屋门口的二维码登记，归还时工作人员当面检查。如有损坏请照价赔偿。
工具屋开放时间为每天9时至17时，值班电话：0730-8821574。
槐河社区居民委员会
2025年6月2日
""",
    ),
    dict(
        slug="association-nanhe-measuring-tools-pledge-html",
        site="楠禾市量具刃具行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.nhlj.example.org.cn/xhdt/2024/0520/318.html",
        title="关于杜绝卷尺“虚标长度”的行业自律倡议",
        record_title="【协会倡议】关于杜绝卷尺“虚标长度”的行业自律倡议 - 楠禾市量具刃具行业协会",
        date="2024-05-20",
        notes="association site: member login row, sidebar, footer; the association name as signature (also in the footer: tail match)",
        page="""
<html><head><meta charset="utf-8"><title>【协会倡议】关于杜绝卷尺“虚标长度”的行业自律倡议 - 楠禾市量具刃具行业协会</title></head><body>
<div class="top">⟦a 会员登录⟧ | ⟦a 申请入会⟧</div>
<div class="logo">⟦m 楠禾市量具刃具行业协会⟧</div>
<div class="nav">⟦m 协会简介　协会动态　行业标准　会员名录　联系我们⟧</div>
<h1>⟦t 关于杜绝卷尺“虚标长度”的行业自律倡议⟧</h1>
<div class="info">⟦m 发布：秘书处　时间：2024-05-20⟧</div>
<div class="content">
{BODY}
</div>
<div class="side">⟦l 协会动态⟧<br>⟦l ·协会组织会员参加量具质量培训⟧<br>⟦l ·2024年行业运行情况分析⟧</div>
<div class="foot">⟦m 楠禾市量具刃具行业协会⟧ ⟦m 地址：楠禾市工业大道66号⟧ ⟦m 湘ICP备18007734号⟧</div>
</body></html>
""",
        body="""
全体会员单位：
近期，市场上出现部分标称“五米”的卷尺实际尺带长度不足四点八米的情况，损害了消费者利益，也损害了我市量具行业的声誉。为此，协会向全体会员倡议：
一、诚信标注。卷尺标称长度必须与实际有效测量长度一致，不得虚标。
二、严格检验。每批产品出厂前抽检尺带长度和示值误差，检验记录保存两年。
三、相互监督。发现虚标行为的，可向协会秘书处反映，协会将通报并取消其评优资格。
楠禾市量具刃具行业协会
2024年5月20日
""",
    ),
    dict(
        slug="company-shengjiang-tape-factory-recall-notice",
        site="椿城量具有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.chunchengtools.example.com/news/2025/0115.html",
        title="关于召回部分批次3米自锁钢卷尺的公告",
        record_title="关于召回部分批次3米自锁钢卷尺的公告-椿城量具",
        date="2025-01-15",
        notes="company site: after-sales line of the notice kept beside the 400 sales line; recall batch table; decorated title with -site",
        page="""
!m 椿城量具 CHUNCHENG TOOLS
!m 首页 | 关于我们 | 产品中心 | 新闻动态 | 联系我们
!m 新闻动态 > 公司公告
{T}
!m 2025.01.15　来源：本站
{BODY}
!l 上一篇：椿城量具荣获省级专精特新企业称号
!m 全国销售热线：400-771-6028
!m 版权所有 © 椿城量具有限公司
""",
        body="""
我公司在质量回访中发现，2024年9月至10月生产的部分3米自锁钢卷尺，自锁按钮弹簧强度不足，长时间拉出后可能出现尺带自行回收、弹伤手指的情况。为保障用户安全，公司决定召回以下批次产品：
型号　生产批号　数量（把）
CC-3Z　240913　6200
CC-3Z　241008　4800
请持有上述批次产品的用户停止使用，联系购买门店或我公司办理免费更换。
售后服务电话：0734-5592207（工作日8:30—17:30）。
由此给您带来的不便，我们深表歉意。
椿城量具有限公司
2025年1月15日
""",
    ),
    dict(
        slug="training-mozhi-carpentry-school-course-plan-wrapped",
        site="墨直木工技能培训学校 (invented)",
        style="培训机构",
        genre="计划",
        kind="plan",
        form="text",
        source="https://www.mozhimugong.example.cn/kecheng/2025/chuji.html",
        title="初级木工班第一周测量与画线课程安排",
        record_title="学员必看 | 初级木工班第一周测量与画线课程安排",
        date=None,
        notes="training school page: hard-wrapped (58 columns); enrol prompt glued after a sentence; school's 报名电话 kept beside a 400 line; no date",
        wrap=58,
        page="""
!m 墨直木工技能培训学校 — 一技在手 终身受益
!m 首页 > 课程介绍 > 初级木工班
{T}
!m 更新于 2小时前
{BODY}
!w 课程顾问在线，微信同号 177 3060 1452
!m 全国招生热线 400-095-8817
!l 学员作品 | 师资力量 | 报名流程
""",
        body="""
第一周的重点是测量和画线，这是木工的基本功。
周一：认识卷尺、角尺、墨斗，学习卷尺的读数方法和尺钩的正确用法，卷尺尺钩有活动间隙，内量和外量时要分别注意。
周二：练习长度测量，每人测量二十块板材并记录，误差不超过一毫米。⟦a 立即报名，本期仅剩6个名额⟧
周三、周四：练习画线，包括平行线、垂直线和榫头线。
周五：小测验，合格者进入第二周的锯切练习。
报名请拨打学校电话0739-4418260，或到校区前台现场报名。
""",
    ),
]
