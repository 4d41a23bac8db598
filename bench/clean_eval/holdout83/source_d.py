"""holdout83, part D: local forums, download stations, exam sites, tender portals, law firms. Invented text."""

CASES = [
    dict(
        slug="localforum-suohu-raincoat-market-text-junk",
        site="蓑湖在线 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.suohuzx.com/thread-8821-1-1.html",
        title="蓑湖乡关于规范周日集市摊位的通告",
        record_title="[转帖] 蓑湖乡关于规范周日集市摊位的通告 - 乡镇动态 - 蓑湖在线",
        date="2025-08-11",
        date_also=["2025-08-12"],
        notes="forum repost with junk; post date differs (also accepted)",
        page="""
!m 蓑湖在线 › 乡镇动态
!t [转帖] 蓑湖乡关于规范周日集市摊位的通告 - 乡镇动态 - 蓑湖在线
!m 湖边老杨 发表于 2025-8-12 07:30 ｜ 只看楼主
{BODY}
!l 回复 #2 棕帽子：终于要管了，早该规范
!l 快速回复　　高级模式
!m 蓑湖在线 · 手机版 · 小黑屋
""",
        junk=dict(lines=1, glued=2),
        body="""
为保障集市通行安全，经乡政府研究，现就周日集市摊位管理通告如下。
一、摊位一律摆放在划定线内，不得占用消防通道。早上七点前完成摆摊。
二、蓑衣、棕编等手工艺品在老街东段集中设摊，免收摊位费。
三、本通告自2025年8月17日起施行。
蓑湖乡人民政府
2025年8月11日
""",
    ),
    dict(
        slug="localforum-fengchang-pinwheel-lost-child-text",
        site="风场论坛 (invented)",
        style="地方论坛",
        genre="新闻",
        kind="post",
        form="text",
        source="https://www.fcbbs.cn/t/20250407/99120",
        title="风车节走失的小男孩已找到，感谢大家！",
        record_title="风车节走失的小男孩已找到，感谢大家！",
        date="2025-04-06",
        notes="local forum post; 发表于 the page date; floor chrome; junk glued",
        page="""
!m 风场论坛 > 风场热点
{T}
!m 楼主：风车下的猫　发表于：2025-04-06 16:41　人气：2213
{BODY}
!l 2楼 天天向上：太好了！
!l 3楼 路人甲：现场志愿者给力
!a 登录后才能发表回复
""",
        junk=dict(lines=1, glued=1),
        body="""
下午两点多在风车长廊走失的小男孩，已经在服务台找到了，家长已经接走。感谢现场志愿者和帮忙转发的各位网友。
提醒带娃的家长，人多的地方一定牵好孩子的手。
""",
    ),
    dict(
        slug="download-chengshan-steelyard-standard-html-table",
        site="标准资料下载站 (invented)",
        style="资料下载站",
        genre="规章制度",
        kind="rules",
        form="html",
        source="http://www.bzzlxz.com/soft/20250915/5527.html",
        title="砣湾杆秤制作技艺团体标准（征求意见稿）",
        record_title="砣湾杆秤制作技艺团体标准（征求意见稿）.doc下载",
        date=None,
        notes="old table layout download station with file-info table, mirror links, dead-link report; articles speak of 打印 kept; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>砣湾杆秤制作技艺团体标准（征求意见稿）.doc下载-标准资料下载站</title></head><body>
<table width="980"><tr><td>⟦m 标准资料下载站 — 资料全 更新快⟧</td></tr></table>
<table width="980"><tr><td>⟦m 软件大小：56KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 更新时间：2025-09-15 10:21:07⟧</td><td>⟦m 下载次数：31⟧</td></tr></table>
<h3>{T}</h3>
<table width="980"><tr><td>
{BODY}
</td></tr></table>
<table width="980"><tr><td>⟦a 下载地址一：电信下载⟧</td><td>⟦a 下载地址二：联通下载⟧</td><td>⟦a 下载地址三：移动下载⟧</td></tr>
<tr><td colspan="3">⟦a 如果下载链接失效，请点此报告⟧</td></tr></table>
<table width="980"><tr><td>⟦d 本站资料均来自网络，仅供学习研究，下载后请于24小时内删除。⟧</td></tr></table>
</body></html>
""",
        body="""
1 范围：本标准规定了砣湾杆秤制作的选料、制杆、定星和检验要求。
2 选料：秤杆宜选用干燥三年以上的红木或枣木，无裂纹、无虫眼。
3 定星：星点应清晰、均匀，相邻星点间距误差不大于0.5毫米。
4 检验：每杆秤出厂前应经计量检定，合格的应打印检定标签并贴于秤杆尾部。
""",
    ),
    dict(
        slug="download-lunxi-waterwheel-drawing-text",
        site="图纸之家 (invented)",
        style="资料下载站",
        genre="说明",
        kind="notice",
        form="text",
        source="https://www.tuzhizj.com/down/88712.html",
        title="轮溪十二叶木水车结构说明",
        record_title="轮溪十二叶木水车结构说明（免费）",
        date=None,
        notes="download page text; decorated title; crawl stamp no date",
        page="""
!m 图纸之家 · 设计资料免费下载
!m 首页 > 水利图纸 > 农用机械
!t 轮溪十二叶木水车结构说明（免费）
!m 资料类型：DOC　评分：★★★★☆　收录：2025-02-19
{BODY}
!a ↓ 高速下载（需安装下载器）　↓ 普通下载
!l 同类资料：龙骨水车图纸 | 筒车模型制作
!m 抓取时间：2025-03-01 02:11
""",
        body="""
该水车直径六点二米，设十二片叶板，每片叶板外侧固定一只竹筒。
主轴采用整根樟木，两端以铁箍加固，轴承座由青石凿成。
水流冲击叶板带动水车转动，竹筒在下方舀水，转到顶部时倒入水槽。
""",
    ),
    dict(
        slug="exam-moyang-interview-notice-html",
        site="磨阳人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.myrsks.cn/zkgg/2025/0808/331.html",
        title="磨阳县2025年乡镇文化站公开招聘工作人员面试公告",
        record_title="磨阳县2025年乡镇文化站公开招聘工作人员面试公告",
        date="2025-08-08",
        notes="exam portal with floating consult box; 准考证 print sentence kept; table rows; 咨询电话 kept beside technical line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>磨阳县2025年乡镇文化站公开招聘工作人员面试公告-磨阳人事考试网</title></head><body>
<div class="top">⟦m 磨阳人事考试网⟧ ⟦m 技术支持电话：0566-8009911⟧</div>
<div class="nav">⟦m 首页 考试公告 成绩查询 资格审核 政策法规⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 发布时间：2025-08-08 17:00　来源：县人社局⟧</div>
{BODY}
<div class="kefu">⟦w 在线客服 工作日 9:00-17:00⟧</div>
<div class="foot">⟦m 磨阳县人力资源和社会保障局 主办⟧</div></body></html>
""",
        body="""
根据招聘公告，现将面试有关事项公告如下。
一、面试时间：2025年8月16日上午8:00。
二、面试名单：
岗位　姓名　笔试成绩
碾岭镇文化站　柯文静　78.5
砻坪乡文化站　邵一帆　76.0
三、考生须于8月14日后登录本网站下载并打印面试通知书。
咨询电话：0566-8123075。
磨阳县人力资源和社会保障局
2025年8月8日
""",
    ),
    dict(
        slug="exam-hengling-result-notice-text",
        site="衡岭人事考试信息网 (invented)",
        style="人事考试网",
        genre="公示",
        kind="notice",
        form="text",
        source="http://rsks.hengling.gov.cn/gs/2025/11.html",
        title="衡岭县计量检定所招聘拟聘用人员公示",
        record_title="【考务公告】衡岭县计量检定所招聘拟聘用人员公示",
        date="2025-10-15",
        notes="decorated title; 监督电话 kept; date in document",
        page="""
!m 衡岭人事考试信息网
!m 首页 >> 公示公告
!t 【考务公告】衡岭县计量检定所招聘拟聘用人员公示
!a 【大字】【中字】【小字】
{BODY}
!m 网站维护：衡岭县人社信息中心　联系电话：0739-6110020
""",
        body="""
经考试、考察和体检，拟聘用以下人员，现予公示。
姓名　性别　岗位
汤雨晴　女　计量检定员
公示期：2025年10月15日至10月21日。
监督电话：0739-6112318。
衡岭县人力资源和社会保障局
2025年10月15日
""",
    ),
    dict(
        slug="tender-lunxi-waterwheel-repair-html",
        site="轮溪公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.lunxi.gov.cn/jyxx/gcjs/zbgg/20250402/44301.html",
        title="轮溪县古水车群修缮工程招标公告",
        record_title="轮溪县古水车群修缮工程招标公告",
        date="2025-04-02",
        notes="tender portal with CA helpdesk; buyer and agency contacts kept; download sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>轮溪县古水车群修缮工程招标公告</title><script src="/js/ca.js"></script></head><body>
<div class="hd">⟦m 轮溪县公共资源交易中心⟧ <a>⟦a 主体登录⟧</a> <a>⟦a CA办理⟧</a></div>
<div class="nav">⟦m 交易信息 | 政策法规 | 办事指南 | 诚信信息⟧</div>
<div class="crumb">⟦m 交易信息 > 工程建设 > 招标公告⟧</div>
<h2>{T}</h2>
<div class="ifo">⟦m 【信息时间：2025-04-02】【阅读次数：92】⟧</div>
{BODY}
<div class="help">⟦m CA数字证书服务热线：400-660-8123⟧</div>
<div class="ft">⟦m 轮溪县公共资源交易中心 版权所有⟧</div></body></html>
""",
        body="""
1. 招标条件：本项目已由县发改局批准，资金来自文物保护专项资金，招标人为轮溪县文化和旅游局。
2. 项目概况：修缮古水车五座及配套堰坝，计划工期九十日历天。
3. 投标人资格：具备文物保护工程施工资质。
4. 招标文件获取：2025年4月3日至4月9日，投标人登录交易平台下载招标文件。
5. 联系方式：招标人 轮溪县文化和旅游局，联系人：庞先生，电话：0578-3210088；代理机构 轮溪正诚招标代理有限公司，联系人：钟女士，电话：0578-3377120。
""",
    ),
    dict(
        slug="tender-dengcheng-scale-bid-result-html",
        site="戥城政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://zfcg.dengcheng.gov.cn/cggg/zbgg/2025/06/12/991.html",
        title="戥城区农贸市场公平秤采购项目中标结果公告",
        record_title="戥城区农贸市场公平秤采购项目中标结果公告-戥城政府采购网",
        date="2025-06-12",
        notes="bid result with table rows; publish date line",
        page="""
<html><head><meta charset="utf-8"><title>戥城区农贸市场公平秤采购项目中标结果公告-戥城政府采购网</title></head><body>
<div class="top">⟦m 戥城政府采购网⟧ ⟦a 供应商注册⟧</div>
<div class="nav">⟦m 采购公告 | 结果公告 | 更正公告 | 合同公示⟧</div>
<h1>{T}</h1>
<div class="t">⟦m 发布时间：2025年06月12日　浏览次数：57⟧</div>
{BODY}
<div class="rel">⟦l 相关公告：戥城区农贸市场公平秤采购项目公开招标公告⟧</div>
<div class="ft">⟦m 主办单位：戥城区财政局　技术支持：政采云⟧</div></body></html>
""",
        body="""
一、项目编号：DCCG-2025-0317
二、中标信息：
包号　中标供应商　中标金额
1　戥城衡器厂　18.6万元
2　衡岭精工衡器有限公司　9.4万元
三、公告期限：自本公告发布之日起1个工作日。
""",
    ),
    dict(
        slug="lawfirm-suohu-raincoat-trademark-html",
        site="蓑城衡正律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="article",
        form="html",
        source="https://www.hengzhenglaw.cn/case/2025/0519.html",
        title="手工蓑衣能不能注册商标？",
        record_title="律师说法丨手工蓑衣能不能注册商标？",
        date="2025-05-19",
        notes="law firm with lawyer card and hotline; ask-a-lawyer prompt between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>律师说法丨手工蓑衣能不能注册商标？-衡正律师事务所</title></head><body>
<div class="hd">⟦m 衡正律师事务所　专业 · 诚信 · 高效⟧　⟦m 法律咨询热线：400-812-3300⟧</div>
<div class="nav">⟦m 首页 律所简介 专业领域 律师团队 案例分析⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布：2025-05-19　作者：童律师⟧</div>
{BODY}
<div class="card">⟦w 童律师　知识产权部　微信同号 139 0735 2278⟧</div>
<div class="foot">⟦d 本文仅为普法宣传，不构成正式法律意见。⟧</div></body></html>
""",
        body="""
蓑湖乡棕编合作社的社员问：我们编的蓑衣想用“蓑湖”两个字注册商标，行不行？
根据商标法，县级以上行政区划的地名一般不得作为商标，但可以申请注册为地理标志集体商标。
⟦w 遇到类似问题？点击在线咨询律师⟧
合作社可以由乡政府出具证明，以合作社名义申请“蓑湖棕编蓑衣”地理标志。
""",
    ),
    dict(
        slug="lawfirm-chengshan-steelyard-contract-text",
        site="秤山律师网 (invented)",
        style="律所网站",
        genre="合同范本",
        kind="template",
        form="text",
        source="http://www.cslawyer.net/fanben/2025/21.html",
        title="杆秤手工作坊学徒协议（范本）",
        record_title="杆秤手工作坊学徒协议（范本）",
        date=None,
        notes="template placeholders (____年__月__日) kept; no date",
        page="""
!m 秤山律师网 · 合同范本库
!m 发布：秤山律师网编辑部
{T}
{BODY}
!a 本范本可免费复制使用
!w 个性化修改请致电律所：0739-6660188
""",
        body="""
甲方（作坊）：__________　乙方（学徒）：__________
一、学徒期限为两年，自____年__月__日起至____年__月__日止。
二、甲方负责传授杆秤制作技艺，每月向乙方支付生活补贴____元。
三、乙方应遵守作坊安全规定，不得擅自使用车床等设备。
甲方签字：　　　乙方签字：
""",
    ),
]
