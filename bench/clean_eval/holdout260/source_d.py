"""holdout260, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Invented text."""

CASES = [
    dict(
        slug="localforum-xianqu-post-reflective-html-jammer",
        site="澯水在线论坛 (invented)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.canshui0796.com/thread-88123-1-1.html",
        title="城北菜市场门口免费贴反光贴，带上电动车去",
        record_title="[便民] 城北菜市场门口免费贴反光贴，带上电动车去 - 澯水生活 - 澯水在线",
        date=None,
        notes="county forum; jammer fonts; weather line; decoration ad; community police phone as content",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[便民] 城北菜市场门口免费贴反光贴，带上电动车去 - 澯水生活 - 澯水在线</title><style>.jammer{display:none}</style></head><body>
<div class="hd">⟦m 澯水在线 · 澯水人自己的论坛⟧ ⟦m 今日澯水：小雨 6~11℃⟧</div>
<div class="pt">⟦m 澯水在线 › 澯水生活 › 便民信息⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 城北老街坊 发表于 4 天前 | 查看: 1862 | 回复: 23⟧</div>
<div class="ad">⟦a 装修找澯水匠心家装，全包套餐限时八折⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="reply">⟦l 回复楼主 ｜ 收藏帖子 ｜ 举报⟧</div>
<footer>⟦m 澯水在线 canshui0796.com 客服QQ 33018825⟧</footer></body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
刚才路过城北菜市场，看到交警和社区的人在门口摆了桌子，免费给电动车、三轮车贴反光贴。
车尾贴两条红的，两侧贴白的，一辆车几分钟就贴好了。排队的人不多，带车过去就行，不用登记。
听社区民警说要贴到这个周日，下雨天也在。有问题可以打城北社区警务室电话0796-5809341。
家里老人晚上骑三轮的，赶紧带过去贴上。
""",
    ),
    dict(
        slug="localforum-zhenba-post-oil-lamp-text",
        site="湭阳镇吧 (invented)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://tieba-like.qiyang.cc/p/60018823",
        title="谁家还有老油灯？民俗馆在征集",
        record_title="谁家还有老油灯？民俗馆在征集_湭阳镇吧",
        date=None,
        notes="text; county forum; relative time; reply floors; no date",
        page="""
!m 湭阳镇吧 · 关注 1.3万　帖子 8.8万
!a 签到 ｜ 关注本吧
{T}
!m 1楼　吧主小湭　3 小时前
{BODY}
!l 2楼：我奶奶家有一盏马灯，明天拿过去
!l 3楼：顶一下，支持家乡民俗馆
!l 回复 ｜ 只看楼主 ｜ 收藏
""",
        body="""
镇民俗馆正在征集老油灯，陶的、铜的、玻璃罩的都要，破一点也没关系。
捐赠的油灯会登记捐赠人姓名，展出时标在说明牌上。不想捐的也可以借展，展期一年，到期归还。
送灯地点在镇文化站一楼，工作日上午九点到十一点有人。联系人：文化站卞芸香，电话0796-7556012。
大家翻翻老屋的柜子和阁楼，说不定就有宝贝。
""",
    ),
    dict(
        slug="download-ziyuan-contract-bike-basket-html",
        site="资源宝下载站 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="html",
        source="http://www.ziyuanbao.net/soft/98812.html",
        title="自行车车筐采购合同",
        record_title="自行车车筐采购合同（范本）.doc下载",
        date=None,
        notes="old table layout download station; file-info table; mirror links; template with ×× and ＿＿年＿＿月＿＿日 blanks",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>自行车车筐采购合同（范本）.doc下载</title><script src="/js/count.js"></script></head><body>
<table width="980"><tr><td>⟦m 资源宝下载站 — 绿色 安全 高速⟧</td><td>⟦m 首页 | 文档 | 软件 | 排行⟧</td></tr></table>
<table width="980"><tr><td>⟦m 文件大小：28KB　文件格式：DOC　授权：免费⟧</td></tr><tr><td>⟦m 更新时间：2024-07-30　下载次数：1427⟧</td></tr></table>
<h2>{T}</h2>
{BODY}
<table width="980"><tr><td>⟦a 电信高速下载　联通高速下载　备用地址三⟧</td></tr><tr><td>⟦a 下载无效？点此报告死链⟧</td></tr></table>
<div>⟦d 本站资源均来自网络，仅供学习研究，下载后24小时内删除⟧</div>
</body></html>
""",
        body="""
甲方（采购方）：××有限公司
乙方（供货方）：××车业有限公司
第一条　乙方向甲方供应自行车前车筐××个，规格为××厘米，材质为镀锌铁丝，单价××元。
第二条　乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定地点。
第三条　车筐焊点不牢、镀层脱落的，甲方有权退货。
第四条　本合同一式两份，双方各执一份，自签字之日起生效。
甲方（盖章）：　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="download-wendang-rules-oil-lamp-text",
        site="文档下载吧 (invented)",
        style="资料下载站",
        genre="规程",
        kind="regulation",
        form="text",
        source="http://www.wddownba.com/down/21733.html",
        title="民俗展馆油灯类展品保管规程",
        record_title="【文物保管】民俗展馆油灯类展品保管规程 - 文档下载吧",
        date=None,
        notes="text; 第N条 articles; rule with no date; download chrome",
        page="""
!m 文档下载吧 · 免费文档下载
!m 软件大小：19KB　软件语言：简体中文　更新：2025-01-06
{T}
{BODY}
!a ⇩ 本地下载一　⇩ 本地下载二
!d 解压密码：wddownba　如链接失效请留言
""",
        body="""
第一条　油灯类展品入库前，应清除灯盏内残留油料，用棉纸包裹后存放。
第二条　铜制油灯应放在干燥的柜内，相对湿度不超过百分之五十，防止生锈。
第三条　陶瓷和玻璃灯罩应单独存放，垫以软布，不得叠压。
第四条　展品借出展览时，须填写借展单，注明件数和完好情况。
第五条　严禁在库房内点燃任何油灯。
第六条　保管员每季度对油灯类展品清点一次，发现损坏的及时登记并报馆长。
""",
    ),
    dict(
        slug="exam-renshi-notice-reflective-html",
        site="皛溪人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xxrsks.cn/kwgg/2025/0520/3301.html",
        title="关于2025年交通协管员招聘考试体能测评的通知",
        record_title="【考务公告】关于2025年交通协管员招聘考试体能测评的通知_皛溪人事考试网",
        date="2025-05-19",
        notes="personnel-exam site; maintenance banner; 下载/打印 准考证 as content; exam centre phone next to technical line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【考务公告】关于2025年交通协管员招聘考试体能测评的通知_皛溪人事考试网</title></head><body>
<div class="warn">⟦d 系统将于本周六凌晨进行升级，届时暂停报名服务⟧</div>
<div class="hd">⟦m 皛溪人事考试网⟧</div>
<nav>⟦m 首页 考试公告 成绩查询 准考证打印 政策法规⟧</nav>
<h1>{T}</h1>
{BODY}
<div class="float">⟦a 考生报名入口⟧</div>
<footer>⟦m 报名系统技术咨询：0796-7260301（工作日）⟧ ⟦m 皛溪县人力资源考试中心 版权所有⟧</footer></body></html>
""",
        body="""
各位考生：
2025年交通协管员招聘笔试已结束，现将体能测评有关事项通知如下。
一、测评时间：5月26日上午8时。
二、测评项目包括1000米跑和夜间着装检查，考生须穿着带反光条的运动服。
三、请考生于5月23日起登录本网下载并打印体能测评准考证。
四、咨询电话：0796-7260388。
皛溪县人力资源考试中心
2025年5月19日
""",
    ),
    dict(
        slug="exam-kaowu-notice-team-flag-text",
        site="醽川人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.lingchuan.gov.cn/tz/2024/1022.html",
        title="醽川县2024年社区工作者面试考场安排通知",
        record_title="醽川县2024年社区工作者面试考场安排通知 | 醽川人事考试信息网",
        date="2024-10-21",
        date_also=["2024-10-22"],
        notes="text; schedule table; document date differs from posting; volunteers with team flags as content",
        page="""
!m 醽川人事考试信息网
!m 发布时间：2024-10-22　发布单位：考试中心
{T}
{BODY}
!a 【关闭】【打印】
!m 网站维护：醽川县大数据中心
""",
        indent="\u3000\u3000",
        body="""
2024年社区工作者面试定于10月27日在县第二中学举行。现将考场安排通知如下。
时段　考场　面试岗位
上午　第一考场　城区社区
下午　第二考场　乡镇社区
考点门口设志愿者引导点，志愿者手举蓝色队旗，考生可按队旗指引前往候考室。
考生须携带身份证和面试通知书，于当天7时30分前到达考点。
醽川县人事考试中心
2024年10月21日
""",
    ),
    dict(
        slug="tender-caigou-bid-mudguard-html",
        site="琠城公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.tiancheng.gov.cn/jyxx/zfcg/2024/0612/71.html",
        title="琠城市公交车挡泥板更换项目询价公告",
        record_title="琠城市公交车挡泥板更换项目询价公告-政府采购-琠城公共资源交易网",
        date="2024-06-12",
        notes="tender portal; countdown; CA line; buyer and agency contacts beside platform hotline; lot table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>琠城市公交车挡泥板更换项目询价公告-政府采购-琠城公共资源交易网</title><script src="/js/countdown.js"></script></head><body>
<div class="hd">⟦m 琠城公共资源交易网⟧ ⟦a 主体登录 ｜ 主体注册⟧</div>
<nav>⟦m 首页 交易信息 政府采购 工程建设 服务指南⟧</nav>
<h2>{T}</h2>
<div class="cd">⟦m 距报价截止还剩：06天11时⟧</div>
{BODY}
<div class="ca">⟦m 数字证书办理热线：400-667-0918⟧</div>
<footer>⟦m 平台运维电话：0538-5119900⟧</footer></body></html>
""",
        body="""
琠城市公共交通集团对公交车挡泥板更换项目进行询价采购，欢迎合格供应商参加。
包号　内容　数量　最高限价
一包　后挡泥板　160套　9.6万元
二包　前挡泥板　160套　6.4万元
报价截止时间：2024年6月18日17时。
采购人：琠城市公共交通集团，联系人：霍晓川，电话0538-5236610。
代理机构：琠城衡信招标代理有限公司，联系人：晏婷，电话0538-5207715。
琠城衡信招标代理有限公司
2024年6月12日
""",
    ),
    dict(
        slug="tender-jieguo-result-reflective-text",
        site="醽川县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.lingchuan.gov.cn/cgjg/2024/1120.html",
        title="醽川县农用车反光贴采购项目成交结果公告",
        record_title="醽川县农用车反光贴采购项目成交结果公告",
        date="2024-11-20",
        record_date="2024-11-20",
        notes="record title and record date; result table",
        page="""
!m 醽川县政府采购网
!m 首页 > 采购结果
{T}
{BODY}
!a 【收藏】【打印】
!m 醽川县财政局主办　监督电话：0797-3112345
""",
        body="""
一、项目编号：LCCG-2024-118
二、项目名称：醽川县农用车反光贴采购项目
三、成交信息
供应商　成交金额　交货期
醽川亮途安全用品有限公司　18.6万元　15日
四、公告期限：自本公告发布之日起1个工作日。
五、其他事项：对成交结果有异议的，可在公告期内以书面形式提出质疑。
六、联系方式：采购人醽川县交通运输局，联系人祁鸿，电话0797-3125570。
""",
    ),
    dict(
        slug="law-lvsuo-answer-bike-basket-html",
        site="澯水正衡律师事务所 (invented)",
        style="律所网站",
        genre="法律解答",
        kind="other",
        form="html",
        source="https://www.zhenghenglaw.cn/anli/2024/11/305.html",
        title="车筐里的包被抢，商场要担责吗？",
        record_title="律师说法｜车筐里的包被抢，商场要担责吗？ - 正衡律所",
        date=None,
        notes="law firm; lawyer card; 400 line; 本文链接 block; case note without date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>律师说法｜车筐里的包被抢，商场要担责吗？ - 正衡律所</title></head><body>
<div class="hd">⟦m 正衡律师事务所 · 专注民商事诉讼⟧ ⟦m 全国咨询热线 400-860-7721⟧</div>
<nav>⟦m 首页 律所简介 专业团队 案例解析 联系我们⟧</nav>
<h1>{T}</h1>
{BODY}
<div class="card">⟦w 执业律师 覃若尘　擅长侵权纠纷　微信：zh_qinlaw⟧</div>
<div class="link">⟦m 本文链接：https://www.zhenghenglaw.cn/anli/2024/11/305.html⟧</div>
<footer>⟦d 本站文章仅供参考，不构成正式法律意见⟧</footer></body></html>
""",
        body="""
案情：王女士把挎包放在电动车前车筐里，在商场门口停车时，被人从车筐里抢走，她要求商场赔偿。
律师分析：商场对其经营场所负有安全保障义务，但商场门口的公共道路并非商场管理区域。如果抢夺发生在商场自设的停车区，且商场未尽到合理的巡查义务，可以要求其承担相应的补充责任。
提醒：车筐里不要放贵重物品，包带最好绕在车把上，或者使用带盖的车筐。
""",
    ),
    dict(
        slug="law-falv-contract-team-flag-text",
        site="鄳口法律服务网 (invented)",
        style="律所网站",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.mengkoufl.com/fanben/1022.html",
        title="队旗定制委托合同（范本）",
        record_title="队旗定制委托合同（范本）（律师审定版）- 鄳口法律服务网",
        date=None,
        notes="text; contract template with ×× and blanks; lawyer consult line; no date",
        page="""
!m 鄳口法律服务网　合同范本库
{T}
!w 合同审查请联系 靳律师 139 0796 2218
{BODY}
!a ▣ 复制范本 ▣ 下载Word
!d 范本仅供参考，使用前请结合实际修改
""",
        body="""
委托方：××（以下简称甲方）
承制方：××旗帜制作有限公司（以下简称乙方）
第一条　甲方委托乙方制作队旗××面，尺寸为××厘米×××厘米，面料为涤纶经编布。
第二条　队旗图案由甲方提供，乙方制作前须将样稿交甲方确认。
第三条　乙方应于＿＿年＿＿月＿＿日前交货，逾期每日按合同总价的千分之五支付违约金。
第四条　队旗出现明显色差或褪色的，乙方负责免费重做。
甲方签字：　　乙方签字：
""",
    ),
]
