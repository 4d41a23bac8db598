# ruff: noqa: W291  (a line of the page ends with a space, as scraped)
"""holdout51, part B. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="wechat-chaping-pledge-camellia-html",
        site="茶坪油茶人 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://wx.mirrorread.cn/s/chaping_youcha/20251109a",
        title="茶坪县油茶种植户质量诚信倡议书",
        record_title="茶坪县油茶种植户质量诚信倡议书｜茶坪油茶人",
        date="2025-11-08",
        notes="WeChat-style mirror: account line, 阅读原文/在看/赞 row, follow card; 扫码 sentence of the document kept",
        page="""
<html><head><meta charset="utf-8"><title>茶坪县油茶种植户质量诚信倡议书｜茶坪油茶人</title>
<meta name="viewport" content="width=device-width"></head>
<body>
<div id="activity-name"><h1>{T}</h1></div>
<div id="meta_content">⟦m 原创　茶坪油茶人　2025年11月8日 19:40　湖南⟧</div>
<div class="listen">⟦a 听全文⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码　关注“茶坪油茶人”⟧</div>
<div class="bar">⟦a 阅读原文⟧ ⟦m 阅读 2836⟧ ⟦a 赞 61⟧ ⟦a 在看 19⟧ ⟦a 分享⟧</div>
<div class="mirror-foot">⟦d 本页面由镜像工具自动生成，内容版权归原公众号所有⟧</div>
</body></html>
""",
        body="""
全县油茶种植户朋友们：
茶坪油茶是国家地理标志保护产品，是全县6万多户群众增收致富的“金果果”。近年来，个别种植户采摘未成熟茶果、掺杂使假，损害了茶坪油茶的声誉。为此，我们倡议：
一、坚持适时采摘。严格在霜降前后采摘成熟茶果，不抢青、不早摘。
二、坚持诚信经营。不掺杂其他食用油，不以次充好，如实标注产地和压榨方式。
三、坚持绿色种植。少用化肥农药，推广生草栽培和有机肥替代。
四、主动接受监督。加入油茶质量追溯体系的农户，请扫描油桶上的追溯码核对批次信息，发现问题及时反映。
茶坪县油茶产业协会
茶坪县油茶种植专业合作社联合社
2025年11月8日
""",
    ),
    dict(
        slug="wechat-yingchuan-museum-notice-text",
        site="影川皮影博物馆 公众号转载 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://mp.gzhjingxiang.com/yingchuan_pym/2025/0923/",
        title="影川皮影博物馆国庆假期开放安排",
        record_title=None,
        date="2025-09-23",
        notes="no record title; the account line carries the date; document's own 咨询电话 and its sentence about scanning to book",
        page="""
!m 影川皮影博物馆
{T}
!m 影川皮影博物馆　2025-09-23 17:05 发表于四川
!a 点击上方蓝字“影川皮影博物馆”关注我们
{BODY}
!a 　 点个“在看”，让更多人看到 　
!l 往期推荐：
!l ◆ 老影人修复记（三）
!l ◆ 暑期皮影研学营圆满结营
!m 文字：馆办　图片：小影　审核：汪灯
""",
        body="""
国庆、中秋假期即将到来，现将我馆开放安排公告如下：
一、开放时间：10月1日至8日，每天9:00—17:30（17:00停止入馆），10月9日（周四）闭馆调休。
二、预约方式：实行免费预约参观，游客可扫描馆门口的预约二维码或关注本馆服务号进行预约，每人每天限约一次。
三、演出安排：每天10:30、15:00在小剧场演出传统皮影戏《鹊桥会》，每场限80人。
四、温馨提示：请保管好随身物品，馆内文物展区禁止使用闪光灯拍照。
咨询电话：0827-5561308
影川皮影博物馆
2025年9月23日
""",
    ),
    dict(
        slug="docshare-jiyeshu-rules-paper-pdf",
        site="集页书坊 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.jiyeshufang.com/doc/20250412/77105.html",
        title="楮原宣纸厂档案资料管理制度",
        record_title="楮原宣纸厂档案资料管理制度.pdf",
        date="2025-04-01",
        notes="file-name title; articles speak of 复印/打印/下载; Chinese-numeral date under signature; upload notice",
        page="""
!m 集页书坊 — 每一页都值得收藏
!t 楮原宣纸厂档案资料管理制度.pdf
!m 共享者：楮原纸人　　大小：126KB　　格式：PDF　　页数：3
!d 温馨提示：本文件由用户自主上传，书坊仅提供信息存储空间，若您认为侵犯了您的权利，请通过页面底部“侵权投诉”联系我们。
{BODY}
!a ↓↓ 下载此PDF（消耗2页币）↓↓
!l 同一共享者：宣纸生产工艺操作规程.pdf　　车间安全检查表.xls
!m 侵权投诉　|　关于书坊　|　hi@jiyeshufang.com
""",
        indent="  ",
        gap=True,
        body="""
第一条　为加强厂档案资料管理，保护古法造纸技艺资料完整安全，制定本制度。
第二条　本制度所称档案资料，包括工艺配方、生产记录、设备图纸、老照片及传承人口述资料等。
第三条　档案资料由厂办公室统一保管，实行借阅登记制度。
第四条　工艺配方类资料一律不得外借，确需查阅的，须经厂长批准，在档案室内查阅，不得拍照、复印。
第五条　一般资料需复印或打印的，应填写复印审批单，复印件加盖“内部资料”章。
第六条　电子档案存放于厂内部服务器，不得下载到个人电脑或上传至网盘。
第七条　本制度自印发之日起施行。
楮原宣纸厂
二〇二五年四月一日
""",
    ),
    dict(
        slug="docshare-zhupian-plan-training-html",
        site="竹片文档 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://zhupian.net/d/9k2Lm77q",
        title="篁溪县2026年竹编技艺培训班实施方案",
        record_title="篁溪县2026年竹编技艺培训班实施方案(1).docx",
        title_in="file-name",
        date="2026-01-15",
        notes="file-name title with (1); schedule table one row a paragraph; uploader box and report link",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>竹片文档 - 在线预览</title></head>
<body><div class="topbar">⟦m 竹片文档⟧ ⟦a 上传赚积分⟧ ⟦a 我的文档⟧</div>
<div class="fname">⟦t 篁溪县2026年竹编技艺培训班实施方案(1).docx⟧</div>
<div class="owner">⟦m 分享人：篁溪人社小刘　阅读 322　下载 41　2026-01-20 上传⟧</div>
<div class="preview"><h2>{T}</h2>
{BODY}
</div>
<div class="dl">⟦a 下载原文件（.docx，52KB）⟧ ⟦a 转存到我的文档⟧ <a>⟦a 举报⟧</a></div>
<div class="foot">⟦d 竹片文档仅为用户提供文档存储与分享服务，内容由分享人负责⟧</div>
</body></html>
""",
        body="""
为培养竹编技能人才，促进农村劳动力就业增收，县人社局决定举办2026年竹编技艺培训班，方案如下。
一、培训对象：全县有意愿从事竹编的农村劳动力、返乡人员和脱贫户，每期40人。
二、培训安排：
期次　时间　地点　内容
第一期　3月2日—3月21日　篁溪镇竹编工坊　基础编织
第二期　4月6日—4月25日　竹林乡非遗传习所　花篮与灯罩
第三期　5月11日—5月30日　县职业中专　茶具包装设计
三、补贴标准：学员培训期间每人每天补贴误工费50元，考核合格的发放专项职业能力证书。
四、报名方式：到各乡镇劳动保障所报名，报名电话：0572-3308815。
篁溪县人力资源和社会保障局
2026年1月15日
""",
    ),
    dict(
        slug="edu-miao-notice-study-tour-html",
        site="蜜坳县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jy.miao.gov.cn/tzgg/2025/0408/1902.html",
        title="关于组织中小学生到中蜂保种场开展研学实践活动的通知",
        record_title="关于组织中小学生到中蜂保种场开展研学实践活动的通知-蜜坳县教育信息网",
        date="2025-04-08",
        notes="education portal; 回执 download sentence and document's own contact kept; site hotline and login box chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于组织中小学生到中蜂保种场开展研学实践活动的通知-蜜坳县教育信息网</title></head>
<body>
<div class="logo">⟦m 蜜坳县教育信息网⟧</div>
<div class="menu">⟦m 网站首页⟧ ⟦m 教育动态⟧ ⟦m 通知公告⟧ ⟦m 教研天地⟧ ⟦m 德育园地⟧</div>
<div class="login">⟦a 用户名 密码 登录 忘记密码？⟧</div>
<div class="location">⟦m 您现在的位置是：首页 » 通知公告⟧</div>
<h3>{T}</h3>
<div class="info">⟦m 作者：县教育局基教股　发布时间：2025年04月08日　浏览：1127次⟧</div>
<div class="text">
{BODY}
</div>
<div class="bt">⟦a [打印文章]⟧ ⟦a [返回列表]⟧</div>
<div class="foot">⟦m 蜜坳县教育局主办　地址：蜜坳县城南路18号　招生咨询热线：0855-7326000⟧</div>
</body></html>
""",
        body="""
各中小学校：
为落实中小学生研学实践教育要求，让学生了解中华蜜蜂的生活习性和生态价值，经研究，决定组织全县中小学生分批到县中蜂保种场开展研学实践活动。现将有关事项通知如下：
一、活动时间：2025年4月下旬至6月上旬，各校按分配时段参加。
二、活动内容：参观蜂群、观察蜂巢结构、听取养蜂技术讲解、品尝蜂蜜，撰写研学报告。
三、安全要求：各校须为学生购买意外伤害保险，对蜂毒过敏的学生不得参加。
四、请各校于4月18日前下载并填写附件中的参加回执，加盖公章后扫描发送至邮箱miaojygu@126.com。
联系人：石晓岚　电话：0855-7326113
附件：研学实践活动参加回执
蜜坳县教育局
2025年4月8日
""",
    ),
    dict(
        slug="edu-xingyuan-plan-astro-club-decimal",
        site="星垣市第四中学 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.xy4z.edu.cn/dyhd/2025/0905/445.html",
        title="星垣四中天文社团2025—2026学年活动方案",
        record_title="星垣四中天文社团2025—2026学年活动方案（精编）",
        date="2025-09-05",
        notes="decimal headings; chrome glued after a sentence; 发布日期 byline",
        page="""
!m 星垣市第四中学　　厚德 博学 求真 致远
!m 网站首页 / 德育活动 / 社团风采
{T}
!m 发布日期：2025-09-05　发布者：团委　阅读次数：301
{BODY}
!l 上一条：2025年秋季学期开学典礼隆重举行
!l 下一条：关于开展“中秋诗会”活动的通知
!m 校址：星垣市望江路66号　邮编：655100　滇ICP备13002154号
""",
        body="""
1.活动目标
1.1 激发学生对天文科学的兴趣，普及基础天文知识。
1.2 培养学生动手能力，每学期完成至少一次天文观测报告。
2.活动安排
2.1 每周三下午第八节课为社团活动时间，地点在科技楼顶层观测台。
2.2 每学期组织一次到星垣天文台的参观学习。⟦a 【点击放大字体】⟧
2.3 遇流星雨、月食等天象时，经学校批准组织夜间观测。
3.安全保障
3.1 夜间观测须有两名以上指导教师带队，并提前告知家长。
3.2 严禁学生用肉眼或普通望远镜直接观察太阳。
""",
    ),
    dict(
        slug="intranet-luchuan-minutes-salt",
        site="卤川盐业公司协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.luchuansalt.local/doc/view?id=20251114003",
        title="卤川盐业公司2025年第11次总经理办公会会议纪要",
        record_title="内部资讯｜卤川盐业公司2025年第11次总经理办公会会议纪要",
        date="2025-11-13",
        date_also=["2025-11-14"],
        notes="minutes' 时间/地点/主持/参加/记录 lines kept; intranet flow record and read count chrome; meeting date vs posting date",
        page="""
!m 卤川盐业协同办公　｜　待办(3)　已办　公文　通讯录
!m 公文管理 ＞ 会议纪要 ＞ 查看
{T}
!m 拟稿：综合办 付晴　　签发：总经理 何远舟　　发布：2025-11-14 10:22
!a [打印] [导出PDF] [转发同事] [加入我的收藏]
{BODY}
!l 流转记录：综合办 付晴 提交 11-14 09:10 → 何远舟 同意 11-14 09:58 → 已发布
!m 阅读人数：47　　未读：12
!d 内部资料 注意保密 请勿外传
""",
        body="""
时间：2025年11月13日上午9:00
地点：公司三楼第一会议室
主持：何远舟
参加：公司领导班子成员，各部门负责人
记录：付晴
会议听取了生产部关于冬季制卤生产安排的汇报，研究了有关事项。纪要如下：
一、会议同意生产部提出的冬季制卤方案，12月起东区卤池轮流检修，确保春季晒盐前全部完工。
二、会议要求营销部加快小包装食用盐新品上市，年底前完成线上旗舰店开设。
三、会议同意采购输卤泵4台，由物资部按程序组织采购，预算控制在36万元以内。
四、会议强调，各部门要做好年终安全检查，12月5日前将检查情况书面报综合办。
""",
    ),
    dict(
        slug="intranet-qiyuan-oa-notice-html",
        site="漆原漆艺集团内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://10.8.1.20/oa/notice/detail.jsp?nid=6612",
        title="关于开展生漆过敏防护专项培训的通知",
        record_title=None,
        date="2025-05-19",
        notes="no record title; OA document view with approval trail; 抄送/印发 版记 kept",
        page="""
<html><head><meta charset="utf-8"><title>集团OA - 公文查看</title></head>
<body>
<div class="oa-head">⟦m 漆原漆艺集团 协同办公系统⟧ ⟦m 欢迎您，龙晓舟　[退出]⟧</div>
<div class="oa-left"><ul><li>⟦m 我的待办⟧</li><li>⟦m 公文收发⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 集团通讯录⟧</li></ul></div>
<div class="oa-main">
<div class="doc-title">{T}</div>
<div>漆集安〔2025〕9号</div>
<div class="doc-info">⟦m 发布部门：安全环保部　发布时间：2025-05-19 15:47　已读 236 人⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="trail"><p>⟦l 审批流程：安全环保部 起草 → 分管副总 审核 → 总经理 签发 → 办公室 分发⟧</p></div>
<div class="oa-btn">⟦a 打印公文⟧ ⟦a 下载正文⟧ ⟦a 签收⟧</div>
</div>
<div class="oa-foot">⟦d 本系统仅限集团内部使用，严禁外传截图⟧</div>
</body></html>
""",
        body="""
各分公司、各车间：
近期进入生漆割取和髹涂生产旺季，部分新入职员工出现生漆过敏症状。为切实保护职工身体健康，集团决定开展生漆过敏防护专项培训。现通知如下：
一、培训时间：5月26日至5月30日，分五批进行。
二、培训对象：从事割漆、调漆、髹涂作业的全体职工，特别是入职不满一年的新员工。
三、培训内容：生漆过敏的症状识别、个人防护用品的正确使用、过敏后的应急处理。
四、工作要求：各单位要确保应训人员全部参训，培训情况纳入月度安全考核。
漆原漆艺集团有限公司
2025年5月19日
抄送：集团工会，集团医务室
漆原漆艺集团办公室　2025年5月19日印发
""",
    ),
    dict(
        slug="qa-zhiwen-request-placeholder-text",
        site="知问社区 (invented)",
        style="问答社区",
        genre="请示",
        kind="other",
        form="text",
        source="https://www.zhiwenshequ.com/q/31882605",
        title="关于申请拨付油纸伞传习所修缮经费的请示",
        record_title="求一篇申请拨付修缮经费的请示范文，镇里急用！！",
        title_also=[],
        date=None,
        notes="Q&A: question as record title; the answer's sample 请示 with placeholders; relative time, no date",
        page="""
!m 知问社区　有问必有答
!m 问题分类：公文写作 › 请示
!t 求一篇申请拨付修缮经费的请示范文，镇里急用！！
!m 提问者：伞坪小文书　·　3天前　·　浏览 512
!l 我来答　　分享　　举报
!m 最佳答案　答主：公文老杨（公文写作领域优质答主）
{T}
{BODY}
!a 有帮助(38)　　没帮助(2)　　评论
!l 其他回答(3)　查看全部 ›
!w 需要原创代写？私信答主，24小时内交稿
!m 知问社区 · 友善交流 理性讨论
""",
        body="""
县文化和旅游局：
我镇油纸伞传习所系利用清末民居改建，房屋年久失修，屋面漏雨、木柱糟朽，已影响正常传习活动和参观安全。
经专业机构评估，传习所修缮需资金××万元，其中屋面翻修××万元，木结构加固××万元，消防设施改造××万元。我镇财力有限，现恳请县局给予经费支持。
以上请示妥否，请批示。
附件：修缮工程预算书
××镇人民政府
20××年×月×日
""",
    ),
    dict(
        slug="qa-fengmi-honey-label-html",
        site="蜜问 (invented)",
        style="问答社区",
        genre="其他",
        kind="other",
        form="html",
        source="https://www.miwen.net/question/88104.html",
        title="自家产的蜂蜜拿到集市上卖，需要贴标签吗？",
        record_title=None,
        date="2025-06-14",
        notes="Q&A HTML; question heading is the title; 回答于 line is the page date; answer's numbered list kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>蜜问 - 农业问答</title></head>
<body>
<div class="hd">⟦m 蜜问⟧ ⟦m 农业｜养殖｜法规⟧ ⟦a 提问⟧ ⟦a 登录⟧</div>
<div class="q"><h1>{T}</h1><p>⟦m 提问者：蜜坳张大伯　2025-06-12⟧</p></div>
<div class="a">
<div class="author">⟦m 回答者：农技员阿宁　回答于 2025-06-14⟧</div>
{BODY}
<div class="vote">⟦a 赞同 56⟧ ⟦a 反对 1⟧ ⟦l 收藏 分享 举报⟧</div>
</div>
<div class="more"><h4>⟦l 相关问题⟧</h4><p>⟦l 蜂蜜结晶了还能吃吗？⟧</p><p>⟦l 土蜂蜜怎么卖得上价？⟧</p></div>
<div class="ft">⟦d 回答仅代表答主个人观点，不构成法律意见⟧ ⟦m 蜜问 miwen.net⟧</div>
</body></html>
""",
        body="""
需要的，即使是自家养的蜂蜜，拿到集市上销售也应当有简单的标签。
根据食用农产品销售的有关规定，建议做到以下几点：
1.标签上写明产品名称、产地、生产者姓名和联系电话。
2.注明采蜜时间或批次，方便买家了解蜂蜜新鲜程度。
3.不要在标签上写“治病”“降血糖”等功效宣传。
另外，县里正在推行蜂产品追溯码，蜂农可以到乡镇畜牧站免费申领，贴上后买家扫码就能看到养殖信息，更容易卖出好价钱。
""",
    ),
    dict(
        slug="collection-luweng-speech-1958-text",
        site="卤翁文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://luweng.wenji.cn/juan2/017.html",
        title="在卤川盐场建场六十周年纪念大会上的讲话",
        record_title="《卤翁文存》卷二·第十七篇｜在卤川盐场建场六十周年纪念大会上的讲话",
        date="2018-05-20",
        notes="collection chapter: volume prefix in the record title; date in Chinese numerals under the speech title; speaker line neutral; editor's afterword chrome",
        page="""
!m 卤翁文存　老盐工邓守业文字汇编
!m 目录 ＞ 卷二　讲话与发言 ＞ 第十七篇
{T}
老场长　邓守业
（二〇一八年五月二十日）
{BODY}
!d 【编者按】本篇据作者手稿录入，个别字句经家属校订。
!l ← 第十六篇：退休座谈会上的发言　　第十八篇：给青年盐工的一封信 →
!m 录入：邓小卤　最后修订：3个月前
""",
        indent="\u3000\u3000",
        body="""
各位老同事、各位年轻的同志们：
六十年前，一百多名盐工挑着扁担来到这片荒滩，开出了卤川盐场的第一块盐田。那时候没有机器，全靠肩挑手扒，一担卤水要走二里路。
我是第二批进场的，那年十七岁。记得第一次收盐，雪白的盐堆起来像小山，大家围着盐坨又唱又跳，那个场面一辈子忘不了。
六十年来，盐场从一个小作坊发展成年产三十万吨的现代化企业，靠的是一代代盐工吃苦耐劳、敢为人先。
今天，我把这句话送给年轻人：盐是咸的，日子是甜的，只要肯干，没有过不去的坎。
谢谢大家！
""",
    ),
    dict(
        slug="collection-sanweng-umbrella-html",
        site="伞翁集 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://sanweng.jianshu-like.cn/p/vol1-08",
        title="制伞五十年：一把油纸伞的七十二道工序",
        record_title="伞翁集·卷一｜制伞五十年：一把油纸伞的七十二道工序",
        date="2024-11-02",
        notes="personal collection chapter in HTML; written date at the end of the essay; volume nav and reader comments chrome",
        page="""
<html><head><meta charset="utf-8"><title>伞翁集·卷一｜制伞五十年：一把油纸伞的七十二道工序</title></head>
<body>
<div class="book">⟦m 伞翁集⟧ ⟦m 作者：桐叔（伞坪镇 覃木生）⟧</div>
<div class="toc">⟦l 卷一 手艺篇 · 第8章⟧</div>
<h2>{T}</h2>
<div class="chapter">
{BODY}
</div>
<div class="pager">⟦l 上一章　伞骨要选三年竹⟧ ⟦l 下一章　徒弟们⟧</div>
<div class="cmt">⟦l 读者留言（5）⟧ <p>⟦l 阿梧：看哭了，想起外公⟧</p></div>
<div class="foot">⟦d 本文集经作者授权发布，未经许可请勿转载⟧</div>
</body></html>
""",
        body="""
我十五岁跟师父学做油纸伞，到今年整整五十年。
人家问我，一把伞到底要几道工序？我说七十二道，一道也省不得。选竹、劈骨、钻孔、穿线、糊纸、绘花、上桐油、晾晒，哪一道马虎了，伞就撑不过三个雨季。
最难的是上桐油。油稀了不防水，油稠了伞面发黏，全凭手上的感觉。我师父说，手艺在手上，更在心上。
现在镇里办了传习所，来学的年轻人一年比一年多。我把这些年的经验写下来，就是想让他们少走些弯路。
2024年11月2日写于伞坪桐花街
""",
    ),
]
