"""holdout118, part E: 企业官网, 培训机构, 范文APP, 公考论坛, 百科问答, 网盘分享. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="corp-lvshan-wasabi-html",
        site="绿杉山葵科技有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lvshan-wasabi.com/news/company/2025-0422.html",
        title="公司山葵种苗组培中心投入使用",
        record_title="公司山葵种苗组培中心投入使用-绿杉山葵科技有限公司",
        date="2025-04-22",
        notes="enterprise site with product menu, sales line and online shop button; photo caption between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公司山葵种苗组培中心投入使用-绿杉山葵科技有限公司</title></head><body>
<div class="hd">⟦m 绿杉山葵 LVSHAN WASABI⟧ ⟦m 销售热线：0872-2231888⟧ ⟦a 官方商城⟧</div>
<nav>⟦m 首页 | 关于绿杉 | 产品中心 | 新闻动态 | 联系我们⟧</nav>
<div class="loc">⟦m 首页 > 新闻动态 > 公司新闻⟧</div>
<h1>{T}</h1>
<div class="dt">⟦m 2025-04-22　浏览量：236⟧</div>
{BODY}
<div class="bk">⟦l ← 返回列表⟧</div>
<footer>⟦m 绿杉山葵科技有限公司　滇ICP备19008821号⟧ ⟦d 本站图片文字未经许可禁止使用⟧</footer>
</body></html>
""",
        body="""
4月20日，公司山葵种苗组培中心在薤山基地正式投入使用。中心建筑面积2400平方米，设有接种室、培养室和驯化温室，年可生产脱毒山葵种苗300万株。
过去，公司所需种苗主要依靠分株繁殖，病害传递严重，成活率不足六成。组培中心投用后，种苗成活率有望提高到90%以上。
⟦m 图为技术人员在接种室进行无菌操作⟧
公司总经理宋砚秋表示，今年将向周边12个村的合作农户免费提供种苗50万株，带动山区农户增收。
""",
    ),
    dict(
        slug="corp-huaxing-seed-potato-text",
        site="华星种业 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.huaxingzy.com/gsgg/20250108.html",
        title="关于2025年春播脱毒种薯预订的公告",
        record_title="关于2025年春播脱毒种薯预订的公告",
        date="2025-01-08",
        notes="company notice; price table; the company's own 订购电话 and the site's 400 line; 关注 sentence kept",
        page="""
!m 华星种业 — 好种子，好收成
!m 首页 / 公司公告
{T}
!m 2025-01-08　　华星种业营销部
{BODY}
!w 全国服务热线：400-610-7731
!m 华星种业股份有限公司　版权所有
""",
        body="""
尊敬的种植户：
2025年春播脱毒种薯即日起接受预订，品种及价格如下：
品种　级别　价格（元/吨）
华薯3号　原种　4200
华薯7号　一级种　3600
早佳红　一级种　3800
预订满5吨以上可送货上门。种植户也可关注“华星种业”公众号，在“在线订种”栏目填写预订信息。
订购电话：0943-3116625（营销部 柴经理）
华星种业股份有限公司
2025年1月8日
""",
    ),
    dict(
        slug="training-jiaoyun-waterproof-html",
        site="匠云职业培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jiangyun-px.com/zsxx/2024/0620.html",
        title="屋面防水工职业技能培训招生简章",
        record_title="【招生简章】屋面防水工职业技能培训招生简章（附课程安排）",
        date="2024-06-20",
        notes="training school; course table; 报名电话 beside the school's 400 line; free trial popup",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【招生简章】屋面防水工职业技能培训招生简章（附课程安排）</title></head><body>
<div class="top">⟦m 匠云职业培训学校　人社部门备案培训机构⟧ ⟦w 免费咨询：400-117-6258⟧</div>
<nav>⟦m 首页 热门课程 招生简章 学员风采 在线报名⟧</nav>
<h1>{T}</h1>
<div class="dt">⟦m 发布于：2024-06-20⟧</div>
{BODY}
<div class="pop">⟦a 立即报名领取试听课⟧</div>
<aside>⟦l 热门课程：电工上岗证 | 焊工 | 叉车司机⟧</aside>
<footer>⟦m 匠云职业培训学校 © 2024⟧</footer>
</body></html>
""",
        body="""
为满足建筑市场对屋面防水技术人才的需求，我校开设屋面防水工职业技能培训班，现面向社会招生。
一、招生对象：年满18周岁、身体健康的城乡劳动者。
二、课程安排
模块　课时　内容
理论　24　防水材料、施工规范、安全知识
实操　56　卷材铺贴、涂膜施工、节点处理
三、证书：考核合格颁发职业技能等级证书。
四、报名电话：0731-8826530（招生办 龚老师）。
""",
    ),
    dict(
        slug="training-kouji-ventriloquism-text",
        site="声声慢曲艺培训 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.ssm-quyi.com/xueyuan/2024/331.html",
        title="口技培训班学习心得",
        record_title="学员心声 | 口技培训班学习心得",
        date=None,
        notes="training-school testimonial; no date anywhere (relative stamps only); course ad between paragraphs",
        page="""
!m 声声慢曲艺培训　·　学员心声
!t 学员心声 | 口技培训班学习心得
!m 学员：乔小满　　上周　　阅读 1.1k
{BODY}
!w 想学口技、相声、快板？添加课程顾问微信 ssm_quyi07
!l 更多学员心声 >>
""",
        indent="\u3000\u3000",
        body="""
小时候在庙会上听过一回口技，一个人一把扇子一块醒木，演出了一整条街的热闹，这个画面我记了二十多年。
今年春天，我报名参加了口技初级班。老师先从气息练起，每天要练半小时的腹式呼吸，再学鸟鸣、犬吠、流水这些基本音。
⟦a 【限时优惠】口技初级班春季班正在报名，点击了解⟧
最难的是把几种声音连成一个场景。结业汇报时，我表演了《清晨的小院》，台下有人笑出了声，那一刻觉得所有的辛苦都值了。
感谢老师的耐心，也希望更多人来了解这门快要被遗忘的手艺。
""",
    ),
    dict(
        slug="fanwenapp-xiezuo-smoking-cessation-text",
        site="写作猫范文APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.xiezuomao.app/s/Kx82mQ",
        title="医院戒烟门诊2024年工作总结",
        record_title="医院戒烟门诊2024年工作总结（通用版）｜写作猫",
        date="2024-12-27",
        notes="writing-app share page; open-in-app prompts; 成文日期; AI rewrite button glued after a sentence",
        page="""
!m 写作猫 · 范文
!t 医院戒烟门诊2024年工作总结（通用版）｜写作猫
!m 1.8w人已使用该模板
{BODY}
!a 打开写作猫APP，一键改写成你的版本
!a 复制全文需登录
""",
        body="""
2024年，我院戒烟门诊在医务科和呼吸内科的支持下，全年接诊吸烟者412人次，比上年增长37%。
一、规范诊疗。门诊按照“评估—干预—随访”流程开展服务，对就诊者进行尼古丁依赖评估，制定个体化戒烟方案。⟦a ✨AI一键续写⟧
二、随访管理。建立电话随访制度，在第1、4、12、24周进行随访，6个月持续戒烟率达到29.6%。
三、宣传引导。在门诊大厅设立戒烟宣传角，组织“无烟医院”宣传活动6场。
2025年，门诊将进一步加强与社区卫生服务中心的转诊合作。
葭口县人民医院戒烟门诊
2024年12月27日
""",
    ),
    dict(
        slug="fanwenapp-bige-land-consolidation-oneline",
        site="笔阁范文APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.bige-app.cn/share/doc/30817",
        title="在全县全域土地综合整治试点推进会上的讲话",
        record_title=None,
        date=None,
        notes="body on one line; title missing from record; no date (share stamp only)",
        page="""
!m 笔阁 | 分享自用户 文档控
{T}
!m 分享于 2025-06-03 · 来自笔阁APP
{BODY}
!a 下载笔阁APP查看完整排版
!d 本内容由用户分享，不代表笔阁观点
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
同志们：
今天召开全域土地综合整治试点推进会，目的是总结前段工作，部署下步任务。
去年以来，三个试点乡镇完成农用地整理1.8万亩，新增耕地2100亩，拆旧复垦闲置宅基地460亩，试点工作开局良好。
下一步，要坚持规划先行，做到不符合规划的项目一律不上；要坚持群众自愿，不得强迫农民上楼；要加强资金监管，确保每一分钱都用在刀刃上。
同志们，土地整治功在当代、利在千秋，希望大家扎扎实实把试点工作推向深入。
""",
    ),
    dict(
        slug="gkforum-shangan-pesticide-container-html",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://bbs.shangangk.com/thread-110482-1-1.html",
        title="关于农药包装废弃物回收处置情况的调研报告",
        record_title="[申论素材] 关于农药包装废弃物回收处置情况的调研报告（附答题思路）",
        date="2024-08-30",
        notes="exam forum floor with jammer fonts; sign-in bar; 成文日期 in the post",
        page="""
<html><head><meta charset="utf-8"><title>[申论素材] 关于农药包装废弃物回收处置情况的调研报告（附答题思路） - 上岸公考论坛</title></head><body>
<div class="hd">⟦m 上岸公考论坛 — 一起上岸⟧ ⟦a 每日签到⟧ ⟦a 登录⟧</div>
<div class="nav">⟦m 论坛 › 申论专区 › 素材积累⟧</div>
<h1>⟦t [申论素材] 关于农药包装废弃物回收处置情况的调研报告（附答题思路）⟧</h1>
<div class="au">⟦m 楼主 申论小白兔　发表于 2024-9-2 21:40⟧</div>
<div class="post">
{BODY}
</div>
<div class="hide">⟦a 本帖隐藏的内容需要回复才可以浏览⟧</div>
<div class="rate">⟦l 评分 +10 金币　收藏 88　分享⟧</div>
<footer>⟦m 上岸公考论坛 Powered by Discuz!⟧</footer>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        date_also=["2024-09-02"],
        body="""
农药包装废弃物随意丢弃在田间地头、沟渠河道，已成为农业面源污染的重要来源。近期，我们对全县农药包装废弃物回收处置情况进行了调研。
一、基本情况。全县年使用农药约860吨，产生包装废弃物约1300万件。2023年起，县里推行“谁销售谁回收”机制，在82家农药经营门店设置回收点。
二、存在问题。一是农户交回意愿不强，回收率仅为58%；二是回收后的包装物暂存条件简陋；三是处置费用缺乏稳定来源。
三、对策建议。实行押金返还制度，将回收处置经费纳入县级财政预算，探索与垃圾焚烧发电厂合作处置。
县农业农村局调研组
2024年8月30日
""",
    ),
    dict(
        slug="gkforum-mianshi-cattail-text",
        site="申面交流社 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.shenmianjl.com/t/77105",
        title="参加湿地香蒲群落修复志愿活动的体会",
        record_title="【面试素材】参加湿地香蒲群落修复志愿活动的体会",
        date="2024-10-15",
        notes="exam forum text; reply-to-view prompt; quoted reply below; the post date is the only date",
        page="""
!m 申面交流社 > 面试资料 > 素材分享
!t 【面试素材】参加湿地香蒲群落修复志愿活动的体会
!m 作者：考编的阿布　发表于 2024-10-15 09:03　回复：16
{BODY}
!l 引用 第2楼 小羊上岸 的回复：写得真好，结构可以借鉴
!a 回复本帖可下载Word版
""",
        gap=True,
        body="""
上个周末，我报名参加了市湿地公园组织的香蒲群落修复志愿活动，和二十多名志愿者一起在浅水区补种香蒲。
以前我只知道香蒲是水边常见的草，这次听工作人员讲解才明白，成片的香蒲能净化水体、为水鸟提供栖息地，是湿地生态的重要组成部分。
这次活动让我体会到，生态保护不只是政府的事，每个人都可以出一份力。如果将来有幸成为一名公职人员，我会把这种身体力行的精神带到工作中去。
""",
    ),
    dict(
        slug="wiki-baike-astragalus-html",
        site="农林百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="html",
        source="https://baike.nonglinwiki.cn/item/黄芪仿野生种植",
        title="黄芪仿野生种植",
        record_title="黄芪仿野生种植_农林百科",
        date=None,
        notes="encyclopaedia entry with edit links and table of contents; no date (last-edited stamp only)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>黄芪仿野生种植_农林百科</title></head><body>
<div class="hd">⟦m 农林百科⟧ ⟦a 创建词条⟧ ⟦a 登录⟧</div>
<h1>{T}</h1>
<div class="edit">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 上传视频⟧</div>
<div class="toc">⟦l 目录 1 概述 2 选地 3 播种 4 管理⟧</div>
{BODY}
<div class="stat">⟦m 词条统计　浏览次数：4012　编辑次数：7次　最近更新：蓿田农人（2天前）⟧</div>
<div class="ref">⟦l 参考资料　[1] 中药材生产技术手册⟧</div>
<footer>⟦d 本词条内容仅供参考，如需种植请咨询当地农技部门。⟧</footer>
</body></html>
""",
        body="""
黄芪仿野生种植是指在接近黄芪野生生长环境的山坡地上，以少施肥、不打药、长年限的方式种植黄芪的方法。
选地：宜选海拔1200至2000米、土层深厚、排水良好的向阳缓坡地，忌连作。
播种：春播或秋播，每亩用种1至1.5千克，条播行距30厘米。
管理：生长期一般3至5年，期间只需人工除草，不使用化学除草剂和膨大剂，收获的根条长、粉性足。
""",
    ),
    dict(
        slug="wiki-wenda-insulin-pump-text",
        site="健康问问 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.jkww.net/ask/55108.html",
        title="胰岛素泵使用知情同意书怎么写",
        record_title="胰岛素泵使用知情同意书怎么写？求模板",
        date=None,
        notes="Q&A with a template answer; placeholders ××××年××月××日 are not dates; 答于 relative time",
        page="""
!m 健康问问 › 内分泌科
!t 胰岛素泵使用知情同意书怎么写？求模板
!m 提问者：匿名用户　3天前
{T}
!m 最佳回答　|　答于 3天前
{BODY}
!d 以上回答仅供参考，不能代替医生面诊。
!l 有帮助(41)　没帮助(2)
""",
        body="""
可以参考下面这个格式，根据你们医院实际修改：
胰岛素泵使用知情同意书
患者姓名：________，住院号：________。
经医生说明，我已了解胰岛素泵治疗的目的、方法和可能出现的风险，包括低血糖、管路堵塞、注射部位感染等。
我同意使用胰岛素泵治疗，并按医护人员要求监测血糖、定期更换管路。
患者（或家属）签字：________　日期：××××年××月××日
""",
    ),
    dict(
        slug="netdisk-baiyun-scarecrow-text",
        site="白云盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.baiyunpan.com/s/1qZx8T0w",
        title="莳田村首届稻草人艺术节活动方案",
        record_title="莳田村首届稻草人艺术节活动方案.docx",
        date="2024-08-28",
        notes="cloud-drive text preview; save/download bar; page markers ⟮n⟯; 成文日期; expiry stamp not a date",
        page="""
!m 白云盘 · 文件分享
!t 莳田村首届稻草人艺术节活动方案.docx
!m 分享者：田园小禾　　有效期：永久　　大小：21.4KB
!a 保存到我的网盘　　下载（需登录）
{BODY}
!a 预览仅显示部分内容，完整文件请下载查看
!d 请勿分享违法违规内容，白云盘将依法处理。
""",
        pages=dict(fmt="⟮{n}⟯", every=130, start=2),
        body="""
为展示乡村丰收景象，丰富群众文化生活，村两委决定举办首届稻草人艺术节。
一、时间地点：9月20日至10月7日，村南千亩稻田观景带。
二、活动内容：稻草人创意大赛、农耕体验、丰收集市、摄影比赛。
三、参赛办法：以家庭或小组为单位报名，每组制作稻草人1至2个，高度不低于1.5米，材料以稻草、旧衣物等为主。
四、奖项设置：设一等奖3名、二等奖6名、三等奖10名，奖品为本村新米。
莳田村村民委员会
2024年8月28日
""",
    ),
]
