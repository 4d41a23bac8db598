"""holdout162, part D: written blind. Invented counties, people, sites, URLs and chrome wording."""

CASES = [
    dict(
        slug="wenku-jinjuan-plan-periodontal-html",
        site="锦卷文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.jinjuanwk.example.com/doc/88120477.html",
        title="葑阳区中老年人牙周病免费筛查工作方案",
        record_title="葑阳区中老年人牙周病免费筛查工作方案_锦卷文库",
        date="2025-03-28",
        notes="文库 reader with page paragraphs ≪n≫ cutting sentences; pay prompt; related docs",
        pages=dict(fmt="≪ {n} ≫", every=140, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>葑阳区中老年人牙周病免费筛查工作方案_锦卷文库</title></head><body>
<div class="wk-top">⟦m 锦卷文库⟧ ⟦a 登录｜开通VIP⟧</div>
<div class="wk-crumb">⟦m 锦卷文库 › 行业资料 › 医疗卫生⟧</div>
<h1>{T}</h1>
<div class="wk-info">⟦m 4.6分　1,207阅读　58下载　共3页⟧</div>
<div class="wk-reader">
{BODY}
</div>
<div class="wk-end">⟦a 还剩1页未读，继续阅读需支付3.80元⟧</div>
<div class="wk-rel">⟦l 猜你喜欢：口腔健康进社区活动方案 / 爱牙日宣传总结⟧</div>
<div class="wk-ft">⟦d 本文档由作者上传，平台不对内容真实性负责。⟧</div>
</body></html>
""",
        body="""
为提高中老年人牙周健康水平，早发现、早治疗牙周疾病，区卫生健康局决定在全区开展中老年人牙周病免费筛查，特制定本方案。
一、筛查对象：全区45至74周岁常住居民，计划筛查1.2万人。
二、筛查内容：牙龈出血检查、牙周袋探诊、牙齿松动度检查及口腔卫生指导。
三、实施步骤：4月由社区卫生服务中心摸底登记，5月至9月由区口腔医院派出医生到各中心集中筛查，10月汇总分析。
四、工作要求：筛查结果录入居民健康档案，对中重度牙周炎患者开具转诊单，引导到医院进一步治疗。
葑阳区卫生健康局
2025年3月28日
""",
    ),
    dict(
        slug="gov-tanxi-notice-typhoid-wrapped",
        site="檀溪县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.tanxi.example.gov.cn/art/2025/8/6/art_1120_55901.html",
        title="檀溪县卫生健康局关于做好夏秋季伤寒副伤寒防控工作的通知",
        record_title="檀溪县卫生健康局关于做好夏秋季伤寒副伤寒防控工作的通知",
        record_date="2025-08-06",
        date="2025-08-06",
        notes="text extract of a portal page, hard-wrapped at 64 columns; record title and date; 抄送 line kept",
        wrap=64,
        page="""
!m 檀溪县人民政府　|　政务公开　|　部门文件
!t 檀溪县卫生健康局关于做好夏秋季伤寒副伤寒防控工作的通知
!m 信息来源：县卫生健康局　发布时间：2025-08-06 15:02　字号：大 中 小
{BODY}
!a 打印本页　关闭窗口　收藏本页
!m 主办单位：檀溪县人民政府办公室　网站标识码：5226310011
""",
        body="""
各乡镇卫生院、县直各医疗卫生单位：
进入夏秋季以来，我县周边地区伤寒副伤寒病例有所增加。为有效防控疫情，保障群众身体健康，现就有关工作通知如下：
一、加强监测报告。各医疗机构对持续发热3天以上的患者，应询问饮食和外出史，必要时开展血培养检测，发现病例在24小时内网络直报。
二、做好疫情处置。县疾控中心接到报告后及时开展流行病学调查，对病例家庭和密切接触者开展消毒和医学观察。
三、抓好重点环节。加强对农村集中式供水、学校食堂和农家乐餐饮的卫生监督，督促落实生熟分开、饮用开水。
抄送：县疾病预防控制中心，县卫生健康综合监督执法大队。
檀溪县卫生健康局
2025年8月6日
""",
    ),
    dict(
        slug="news-jinxia-news-cotton-purchase-html",
        site="锦霞日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jinxiadaily.example.com/content/2025-10/14/content_882103.html",
        title="蒲岭棉花收购站开秤 籽棉收购价每公斤7.6元",
        record_title=None,
        date="2025-10-14",
        notes="news portal; missing title; photo caption glued after a sentence; editor line at the end; related news",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>锦霞日报网</title></head><body>
<div class="n-top">⟦m 锦霞日报网⟧ ⟦a 数字报　客户端　登录⟧</div>
<div class="n-nav">⟦m 要闻　本地　三农　财经　评论⟧</div>
<h1>{T}</h1>
<div class="n-info">⟦m 2025-10-14 07:52　来源：锦霞日报　作者：韩青禾⟧</div>
{BODY}
<div class="n-edit">⟦m 责编：苏亦然　审核：冯涛⟧</div>
<div class="n-more">⟦l 更多三农新闻⟧<ul><li>⟦l 晚稻机收进度过半⟧</li><li>⟦l 冬油菜播种技术要点⟧</li></ul></div>
<div class="n-ft">⟦m 锦霞日报社版权所有　互联网新闻信息服务许可证 65120180003⟧</div>
</body></html>
""",
        body="""
10月13日，蒲岭县棉麻公司下属的蒲岭棉花收购站正式开秤，当天收购籽棉46吨。⟦m （图：棉农在收购站排队交售籽棉。韩青禾 摄）⟧
今年收购站执行“以质论价”，籽棉收购均价为每公斤7.6元，比去年同期高出0.3元。
收购站负责人介绍，站里新装了两台快速检测仪，含杂率、回潮率几分钟就能出结果，棉农当场拿到结算单。
棉农马成福交售了两吨多籽棉，他说价钱公道、秤也准，钱当天就打到了卡上。
""",
    ),
    dict(
        slug="forum-tongfeng-post-sprayer-recall-html",
        site="桐丰农友论坛 (invented)",
        style="论坛",
        genre="公告",
        kind="notice",
        form="html",
        source="https://bbs.tongfeng-farm.example.com/thread-60411-1-1.html",
        title="关于召回部分型号背负式电动喷雾器的公告",
        record_title="[转帖] 关于召回部分型号背负式电动喷雾器的公告 - 农机具交流 - 桐丰农友论坛",
        date="2025-06-20",
        date_also=["2025-06-23"],
        notes="Discuz-like forum with jammer fonts; recall table; recall line beside a 400 line; scanning the nameplate is content",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>[转帖] 关于召回部分型号背负式电动喷雾器的公告 - 农机具交流 - 桐丰农友论坛</title>
<style>.jammer{color:#fff;font-size:0}</style></head><body>
<div id="hd">⟦m 桐丰农友论坛⟧ ⟦a 登录 | 立即注册 | 找回密码⟧</div>
<div id="pt">⟦m 论坛 › 农机农资 › 农机具交流⟧</div>
<div class="pl">
<div class="authi">⟦m 楼主：老把式种田　发表于 2025-6-23 08:14⟧</div>
<h1>⟦t [转帖] 关于召回部分型号背负式电动喷雾器的公告⟧</h1>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 本帖最后由 老把式种田 于 2025-6-23 08:20 编辑⟧</div>
<div class="po">⟦l 回复　支持　反对　分享⟧</div>
</div>
<div class="ad">⟦w 农资团购群：加微信 tfnong88⟧</div>
<div id="ft">⟦m Powered by 桐丰社区 © 2012-2025⟧</div>
</body></html>
""",
        body="""
由于电池仓密封圈老化，部分背负式电动喷雾器在使用中可能进水导致短路，存在起火和触电风险。绿田农用机械有限公司决定自2025年6月25日起召回以下产品：
型号　生产日期　数量（台）
3WBD-16A　2024年3月—2024年9月　8421
3WBD-20B　2024年5月—2024年10月　3067
用户可扫描喷雾器铭牌上的二维码查询是否在召回范围内，公司将免费更换电池仓密封组件。
召回专线：0736-8850211（8:00—18:00）
绿田农用机械有限公司
2025年6月20日
""",
    ),
    dict(
        slug="blog-zhuxi-notes-fennel",
        site="竹溪农事记 (invented blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://zhuxi-nongshi.example.blog/post/2025-07-fennel",
        title="小茴香收完了，说说今年的得失",
        record_title="小茴香收完了，说说今年的得失 – 竹溪农事记",
        date="2025-07-21",
        notes="blog with a bracketed post time; tag row; comments box; prev/next",
        page="""
!m 竹溪农事记 —— 一个返乡青年的种地日志
{T}
!m 【2025-07-21 22:48】 分类：种植笔记　评论(6)
{BODY}
!l 标签：#小茴香# #香料种植# #返乡创业#
!l 上一篇：麦收后的第一场雨
!l 下一篇：给香料找买家
!l 发表评论（需登录）
!d © 竹溪农事记　转载请注明出处
""",
        body="""
今年在老家流转了三十亩地种小茴香，前天终于收完了。
先说得：亩产一百一十公斤，比预计的多了十公斤，收购价每公斤二十一元，扣掉地租、种子、人工，一亩大概挣八百多。
再说失：五月初那场大风，东头五亩倒伏严重，减产将近一半。还有就是晾晒场地太小，差点赶上下雨。
明年打算建一个简易晾晒棚，再试试和调料厂签订单，价钱低一点但心里踏实。
""",
    ),
    dict(
        slug="wechat-yunjian-speech-frozen-shoulder-html",
        site="蕴健康复公众号镜像 (invented)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://wxmirror.example.net/a/yunjian-kangfu-20250930",
        title="肩周炎不是“忍一忍就好”",
        record_title="肩周炎不是“忍一忍就好”",
        date="2025-09-30",
        notes="WeChat mirror: account header, follow prompt, end row with 在看 and likes; scanning to book is content",
        page="""
<html><head><meta charset="utf-8"><title>肩周炎不是“忍一忍就好”</title></head><body>
<div class="rich_media_meta">⟦m 蕴健康复　2025-09-30 19:30⟧</div>
<h2 class="rich_media_title">{T}</h2>
<div class="follow">⟦a ↑ 点击蓝字　关注我们⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="tail">⟦l 喜欢此内容的人还喜欢：颈椎病的五个信号⟧</div>
<div class="tool">⟦l 阅读 2316　赞 48　在看 19⟧</div>
<div class="mirror-ft">⟦d 本页面为公众号文章镜像，版权归原作者所有⟧</div>
</body></html>
""",
        body="""
“肩膀疼了半年，想着忍一忍就过去了，现在连头都梳不了。”不少中老年人都有类似的经历。
肩周炎医学上叫粘连性肩关节囊炎，多见于50岁左右人群，表现为肩部疼痛和活动受限，夜间疼痛明显。
治疗的关键是循序渐进的功能锻炼，比如爬墙练习、钟摆运动和毛巾拉伸，每天坚持两到三次。
疼痛严重时可在医生指导下使用止痛药物或进行理疗，切忌暴力扳拉。
需要康复评估的朋友，可扫描文末二维码预约蕴健康复门诊。
""",
    ),
    dict(
        slug="docshare-shilan-plan-chickpea-oneline",
        site="石兰文档 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.shilandoc.example.com/d/3319042.html",
        title="2025年鹰嘴豆高产栽培示范项目实施方案",
        record_title="2025年鹰嘴豆高产栽培示范项目实施方案.doc",
        date="2025-02-18",
        notes="sharing page with the body on one line; file-name title; upload notice; download buttons",
        oneline=True,
        indent="    ",
        page="""
!m 石兰文档　|　分享知识　成就你我
!m 文档分类：农林牧渔 > 种植技术
{T}
!m 上传时间：2025-04-07　贡献者：yzd_farm　大小：36KB
{BODY}
!a 立即下载　|　收藏　|　分享到朋友圈
!d 此文档为用户分享，仅代表上传者观点，如有侵权请联系客服删除。
""",
        body="""
为推广鹰嘴豆高产栽培技术，带动农民增收，县农业技术推广中心决定在沙湾乡、青草乡实施鹰嘴豆高产栽培示范项目。
一、建设规模：建设示范区1500亩，其中核心示范区300亩。
二、主推技术：推广滴灌水肥一体化、宽窄行机械播种和根瘤菌拌种技术。
三、目标任务：示范区平均亩产达到180公斤以上，比非示范区增产15%。
四、保障措施：成立项目领导小组，技术人员包片指导，每月到田间开展培训一次。
县农业技术推广中心
2025年2月18日
""",
    ),
    dict(
        slug="edu-hexi-notice-bedwetting-html",
        site="禾西区教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.hexi.example.gov.cn/xxgk/tzgg/202509/t20250915_9011.html",
        title="关于做好寄宿制小学低年级学生夜间照护工作的通知",
        record_title="关于做好寄宿制小学低年级学生夜间照护工作的通知",
        date="2025-09-12",
        date_also=["2025-09-15"],
        notes="education portal; document number neutral; numbered items that mention 遗尿 care; contacts",
        page="""
<html><head><meta charset="utf-8"><title>关于做好寄宿制小学低年级学生夜间照护工作的通知</title></head><body>
<div class="e-top">⟦m 禾西区教育体育局⟧ ⟦a 无障碍 | 关怀版⟧</div>
<div class="e-nav">⟦m 首页　机构职能　信息公开　教育动态　办事指南⟧</div>
<div class="e-pos">⟦m 当前位置：首页 ＞ 信息公开 ＞ 通知公告⟧</div>
<h1>{T}</h1>
<div class="e-meta">⟦m 发布时间：2025-09-15　来源：基础教育科⟧</div>
<p class="docno">禾教体〔2025〕88号</p>
{BODY}
<div class="e-tool">⟦a 【打印】【关闭】⟧</div>
<div class="e-ft">⟦m 禾西区教育体育局主办　地址：禾西区学苑路3号⟧</div>
</body></html>
""",
        body="""
各寄宿制小学：
寄宿制小学低年级学生年龄小，夜间如厕、遗尿、受凉等问题较为突出。为切实做好学生夜间照护，现通知如下：
1.每个宿舍楼层安排生活老师值班，夜间至少巡查两次，提醒低年级学生睡前如厕。
2.对有夜间遗尿情况的学生，要保护隐私，单独备好床单和衣物，及时更换清洗，不得公开批评。
3.发现学生反复遗尿或伴有其他症状的，应及时与家长沟通，建议到医院儿科就诊。
4.各校于9月30日前将夜间照护制度报区教育体育局备案。
联系人：基础教育科　邱丽　电话：0737-6620931
禾西区教育体育局
2025年9月12日
""",
    ),
    dict(
        slug="oa-shengtai-plan-cutting-board",
        site="盛泰竹木制品内网 (invented)",
        style="企业内网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://oa.shengtai-bamboo.example.local/gw/2025/0411.html",
        title="竹木砧板车间防霉整改方案",
        record_title="（OA导出）竹木砧板车间防霉整改方案",
        date="2025-04-11",
        notes="OA export with approval trail; page markers ◇n◇ glued to the continuation in a wrapped text",
        wrap=62,
        pages=dict(fmt="◇{n}◇", every=150, start=2, glue=True),
        page="""
!m 盛泰OA · 公文导出
!m 文件编号：ST-SC-2025-019　密级：内部
{T}
{BODY}
!l 审批记录：生产部 张卫东 同意 2025-04-12 09:30
!l 审批记录：总经理 盛国强 同意，抓紧落实 2025-04-12 15:02
!m 导出人：admin03　导出时间：2025-05-06 11:45
""",
        body="""
近期客户退回的竹木砧板中，有3批次出现霉斑，主要原因是烘干含水率不达标、包装前未充分冷却。为解决这一问题，制定本整改方案。
一、烘干环节：将烘干时间由36小时延长至48小时，出窑含水率控制在10%以下，每窑抽检10块并记录。
二、冷却环节：出窑后在通风库静置24小时以上，不得直接入袋包装。
三、包装环节：内袋放置食品级干燥剂，包装车间湿度控制在60%以下。
四、责任分工：生产部负责落实，质检部每周抽查，5月底前完成整改验收。
生产部
2025年4月11日
""",
    ),
    dict(
        slug="qa-nongwen-answer-nectarine-html",
        site="农问问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.nongwen.example.com/question/7781203.html",
        title="油桃裂果严重是什么原因？怎么预防？",
        record_title="油桃裂果严重是什么原因？怎么预防？ - 农问问答",
        date="2025-05-26",
        notes="Q&A with a vote bar and an expert card; 回答于 as the page's date; related questions",
        page="""
<html><head><meta charset="utf-8"><title>油桃裂果严重是什么原因？怎么预防？ - 农问问答</title></head><body>
<div class="q-top">⟦m 农问问答⟧ ⟦a 我要提问　登录⟧</div>
<div class="q-crumb">⟦m 首页 › 果树 › 桃⟧</div>
<h1>{T}</h1>
<div class="q-asker">⟦m 提问者：果农小汪　浏览 3044 次⟧</div>
<div class="q-expert">⟦m 最佳答案　农技专家 彭秋实（高级农艺师）　回答于 2025-05-26⟧</div>
{BODY}
<div class="q-vote">⟦a 赞同 87　反对 1　评论 12⟧</div>
<div class="q-rel">⟦l 其他人还问了：油桃套袋什么时候好？ / 桃树流胶病怎么治？⟧</div>
<div class="q-ft">⟦d 答案仅供参考，用药请遵照产品说明和当地农技部门指导。⟧</div>
</body></html>
""",
        body="""
油桃裂果主要有三个原因：一是果实膨大期土壤水分忽干忽湿，久旱后突降大雨，果肉吸水快、果皮跟不上；二是品种本身果皮薄，容易开裂；三是缺钙、缺硼。
预防方法：
1.保持土壤湿度稳定，干旱时小水勤浇，雨季及时排水。
2.果实膨大期叶面喷施钙肥和硼肥两到三次。
3.对易裂品种实行套袋栽培，能明显减少裂果。
4.新建园选择抗裂性强的品种。
""",
    ),
]
