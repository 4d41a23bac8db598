"""holdout259, part B: 博客 (text), 公众号镜像, 文档分享, 教育门户, 企业内网, 问答社区.
Invented text."""

CASES = [
    dict(
        slug="blog-lushan-sieve-wrapped-insight",
        site="篾川老余的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://blog.laoyu-miechuan.example.net/post/2025/0420.html",
        title="学编筲箕的一点心得",
        record_title="【手艺札记】学编筲箕的一点心得 — 老余的博客",
        date=None,
        notes="a blog text hard-wrapped at 66 columns; a 更新于 stamp is no date; a follow prompt glued after a sentence",
        wrap=66,
        page="""
!m 老余的博客 · 手艺札记
!t 【手艺札记】学编筲箕的一点心得
!m 更新于 2025/04/20 22:10　阅读(318)
{BODY}
!l 上一篇：竹椅子散架了怎么修　下一篇：给篾刀开刃
!a 喜欢就点个赞，顺手收进书签
""",
        body="""
退休后跟村里的余师傅学编筲箕，前后学了四个月，总算能编出一只像样的。
最难的是破篾。水竹要先剖成两半，再一层层分出青篾和黄篾，篾片要薄到能透光，厚薄还要一致，不然编出来的筲箕一边鼓一边瘪。
起底的时候，经篾要排得匀，纬篾压一挑一，手上要一直带着劲。⟦a 关注老余，每周更新手艺故事。⟧余师傅说，筲箕好不好，看底就知道。
收口是最后一道工序，要用藤条把口沿扎紧，扎得不牢，用不了半年就散了。
现在家里淘米洗菜都用自己编的筲箕，用着格外顺手。
""",
    ),
    dict(
        slug="wechat-jiaoxi-puttee-story-html",
        site="箦阳文史 公众号镜像 (invented)",
        style="公众号镜像",
        genre="回忆录",
        kind="essay",
        form="html",
        source="https://wx.mirror-reader.example.com/s/zeyangwenshi-20250801",
        title="父亲的那副绑腿",
        record_title=None,
        date="2025-08-01",
        notes="a WeChat mirror: no record title, the title in an <h1>; a star prompt glued before the first words; 阅读原文/在看 rows; the account date line is the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>箦阳文史</title></head><body>
<div class="mirror">⟦d 本页由公号阅读器自动归档，排版或有出入⟧</div>
<h1>⟦t 父亲的那副绑腿⟧</h1>
<div class="meta">⟦m 原创　箦阳文史　2025年08月01日 07:30⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="bottom">⟦l 阅读原文　赞 86　在看 23⟧</div>
<div class="tag">⟦l 收录于合集 #箦阳旧事 17个⟧</div>
<div class="qr">⟦a 长按识别二维码，关注箦阳文史⟧</div>
</body></html>
""",
        body="""
⟦a 点击上方蓝字，把箦阳文史设为星标。⟧父亲留下的东西不多，最特别的是一副灰布绑腿，叠得方方正正，用油纸包着，压在箱底。
那是他年轻时修水库用的。父亲说，那年冬天工地在山坳里，天不亮就要上工，挑土走的是烂泥路，不打绑腿，裤脚一天就湿透。
绑腿是母亲用旧军装的布改的，一条长两米四，两头缝了布带。父亲每天早上坐在门槛上，一圈一圈缠好，再出门。
水库修了三年，绑腿补过四次。父亲去世后，我们把它捐给了县档案馆，和那座水库的照片放在一起。
""",
    ),
    dict(
        slug="wechat-shanyin-steampot-tips-text",
        site="簏山生活 公众号转存 (invented)",
        style="公众号镜像",
        genre="科普",
        kind="article",
        form="text",
        source="https://mp.archive.example.cn/lushanlife/2025-12-05-01",
        title="蒸锅用久了发黄发黑？三招洗干净",
        record_title="蒸锅用久了发黄发黑？三招洗干净 ｜ 簏山生活（公号转存）",
        date="2025-12-05",
        notes="an account mirror text; the account line's date is the date; a like/collect row and a mini-program prompt; a numbered list",
        page="""
!m 簏山生活
!m 原创 簏山生活小编 2025-12-05
{T}
!a 听全文 04:12
{BODY}
!l 点赞　收藏　转发给朋友
!a 打开小程序「簏山好物」领取清洁券
!d 部分图片来自网络，若有不妥请后台留言
""",
        body="""
家里的不锈钢蒸锅用久了，锅底容易发黄，隔层上还会结一层白色水垢。今天教大家三个简单的办法。
1.白醋除水垢。锅里加半锅清水，倒入小半碗白醋，烧开后小火煮十分钟，水垢就会松动，用软布一擦就掉。
2.小苏打去黄斑。锅底抹一层小苏打，加少许水调成糊，静置半小时后用海绵擦洗。
3.淘米水擦外壁。外壁的油污用温热的淘米水擦洗，不伤锅面。
提醒大家，不要用钢丝球用力刷，会留下划痕，以后更容易脏。
""",
    ),
    dict(
        slug="docshare-yunpan-request-tray-museum-html",
        site="汇享文档 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.huixiangdoc.example.com/doc/20250612/88410551.html",
        title="关于征集民俗馆展陈用旧簸箩经费的请示",
        record_title="关于征集民俗馆展陈用旧簸箩经费的请示.docx",
        date="2025-06-09",
        notes="a sharing reader with ratings and an uploader box; a file-name title; the request's own 联系人/电话 kept beside a site's 客服 line; an upload notice",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于征集民俗馆展陈用旧簸箩经费的请示.docx-汇享文档</title></head><body>
<div class="top">⟦m 汇享文档 — 资料共享平台⟧　⟦a 登录 / 注册⟧</div>
<div class="info"><h1>⟦t 关于征集民俗馆展陈用旧簸箩经费的请示.docx⟧</h1>
<span>⟦m 评分 4.6　已有 57 人评价　格式：docx⟧</span></div>
<div class="viewer">
{BODY}
</div>
<div class="uploader">⟦m 分享者：篾川档案人　共享文档 214 篇⟧</div>
<div class="notice">⟦d 文档为网友分享，版权归原作者，仅用于学习参考⟧</div>
<div class="svc">⟦w 平台客服热线：400-617-2093⟧</div>
</body></html>
""",
        body="""
县文化旅游广电体育局：
县民俗馆改陈工程已进入布展阶段，“稻作人家”展区拟展出各式旧簸箩三十只，目前馆藏仅有九只，尚缺二十一只。
经初步走访，筘田镇、簕湾区等地群众家中尚存部分清末至上世纪七十年代的簸箩，品相较好，群众愿意有偿转让。按每只八百元计，共需征集经费一万六千八百元。
妥否，请批示。
联系人：霍青芷，电话：0739-7263510。
篾川县民俗博物馆
2025年6月9日
""",
    ),
    dict(
        slug="docshare-bucket-rules-text",
        site="随手文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="rules",
        form="text",
        source="https://www.suishoudoc.example.net/p/3390712.html",
        title="仓储车间铁皮桶装油品存放管理规定",
        record_title="仓储车间铁皮桶装油品存放管理规定（word版可改）",
        date=None,
        notes="rules with 第N条 articles, one speaking of 打印 and 扫码 as content; a download count and price line; no date",
        page="""
!m 随手文档 › 企业管理 › 安全制度
!t 仓储车间铁皮桶装油品存放管理规定（word版可改）
!m 共3页　下载次数：41　所需积分：5
{BODY}
!a 点我获取完整版（含附表）
!d 随手文档仅提供存储空间，不对内容负责
""",
        body="""
第一条　为加强铁皮桶装油品的存放管理，防止泄漏和火灾，制定本规定。
第二条　铁皮桶应立放在专用托盘上，堆放不超过两层，桶口一律朝上，桶与桶之间留出检查通道。
第三条　入库时，保管员应逐桶检查桶身有无凹陷、锈穿和渗漏，并扫码登记批次。
第四条　有渗漏的铁皮桶应立即转移至防渗区，倒桶作业须在通风处进行。
第五条　保管员每周打印一次库存台账，由车间主任签字后存档。
第六条　本规定自印发之日起施行。
""",
    ),
    dict(
        slug="edu-luoyang-notice-sieve-class-html",
        site="筇湾镇中心学校 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.qwzx.example.edu.cn/tzgg/2025/0905/912.html",
        title="关于开设竹编筲箕劳动实践课的通知",
        record_title="关于开设竹编筲箕劳动实践课的通知 - 通知公告 - 筇湾镇中心学校",
        date="2025-09-05",
        date_also=["2025-09-08"],
        notes="an education portal with a 读屏 row, a scan-to-read line, a technical-support line beside the school's own 联系电话, a course table and a 回执 to print",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开设竹编筲箕劳动实践课的通知 - 通知公告 - 筇湾镇中心学校</title></head><body>
<div class="tools">⟦a 读屏模式　高对比度　放大字体⟧</div>
<div class="logo">⟦m 筇湾镇中心学校　厚德 勤学 尚美⟧</div>
<div class="nav">⟦m 学校概况　德育之窗　教学教研　通知公告⟧</div>
<h2>⟦t 关于开设竹编筲箕劳动实践课的通知⟧</h2>
<div class="info">⟦m 发布：教务处　2025-09-08　点击：433⟧</div>
{BODY}
<div class="scan">⟦a 手机扫一扫，随时看本页⟧</div>
<div class="foot">⟦m 网站技术维护：0739-6210998⟧<br>⟦d 筇湾镇中心学校 版权所有⟧</div>
</body></html>
""",
        body="""
各年级、各班：
为落实劳动教育要求，本学期起在四至六年级开设竹编筲箕劳动实践课，由本镇非遗传承人授课。
年级　课时　内容
四年级　每两周1节　认识竹篾、破篾演示
五年级　每周1节　起底编织
六年级　每周1节　收口与成品制作
请各班主任组织学生将回执带回家，家长签字后于9月12日前交回。回执可在校门口领取，也可自行打印。
联系电话：0739-6212047（教务处）。
筇湾镇中心学校
2025年9月5日
""",
    ),
    dict(
        slug="edu-bureau-bucket-safety-text",
        site="簕湾区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.lewan.example.gov.cn/tz/20251014/501.html",
        title="关于清理校园闲置铁皮桶消除积水隐患的通知",
        record_title="【安全提醒】关于清理校园闲置铁皮桶消除积水隐患的通知",
        date="2025-10-14",
        notes="an education bureau text with a document number (neutral), Chinese-numeral 成文日期, a printing line (印发) kept",
        page="""
!m 簕湾区教育局 > 安全稳定 > 通知
!m 浏览次数：275　【我要纠错】
!t 【安全提醒】关于清理校园闲置铁皮桶消除积水隐患的通知
簕教安〔2025〕21号
{BODY}
!l 相关链接：秋季学期校园安全大检查方案
!m 区教育局办公室 主办　联系我们
""",
        body="""
各中小学、幼儿园：
近期气温偏高、雨水较多，部分学校后勤区、工地边堆放的闲置铁皮桶积水生蚊，存在登革热传播隐患。现就有关事项通知如下。
一、各校要在10月20日前对校园内的铁皮桶、油桶、水桶进行全面清理，能回收的交回收单位，仍需使用的要加盖或倒置存放。
二、后勤处要将清理情况拍照留存，填写清理台账。
三、区教育局将于10月下旬组织抽查。
簕湾区教育局
二〇二五年十月十四日
簕湾区教育局办公室　2025年10月14日印发
""",
    ),
    dict(
        slug="intranet-huaxin-minutes-steampot-html",
        site="蒸华厨具公司 OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.zhenghua-kitchen.example.local/doc/view?id=20250716003",
        title="蒸锅焊缝质量专题会会议纪要",
        record_title="[纪要] 蒸锅焊缝质量专题会会议纪要 - 协同办公",
        date="2025-07-16",
        notes="an OA document view with its 流转记录 and read count; the minutes' 时间 line gives the date; 时间/地点/主持/参会/记录 lines kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[纪要] 蒸锅焊缝质量专题会会议纪要 - 协同办公</title></head><body>
<div class="oa-head">⟦m 蒸华厨具 · 协同办公平台⟧　⟦m 当前用户：质量部 龚立⟧</div>
<div class="oa-menu">⟦m 待办 12　已办　公文库　通讯录⟧</div>
<h3>⟦t 蒸锅焊缝质量专题会会议纪要⟧</h3>
{BODY}
<div class="flow">⟦l 流转记录：质量部拟稿 → 生产部会签 → 副总审核 → 归档⟧</div>
<div class="read">⟦m 已阅 38 人　未阅 4 人⟧</div>
<div class="foot">⟦d 内部资料 禁止外传⟧</div>
</body></html>
""",
        body="""
时间：2025年7月16日下午
地点：公司三楼会议室
主持：常务副总经理 包振声
参会：质量部、生产部、焊装车间、采购部负责人
记录：龚立
会议听取了质量部关于二季度蒸锅焊缝渗漏问题的汇报。二季度共退货蒸锅六十四台，其中五十一台为锅底环焊缝渗漏。
会议议定：一、焊装车间7月底前完成三台焊机的参数校准；二、采购部更换不锈钢板材供应批次；三、质量部对出厂蒸锅逐台做保压试验。
""",
    ),
    dict(
        slug="intranet-tray-report-duty-text",
        site="篾川竹业集团 内网 (invented)",
        style="企业内网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://portal.miechuan-bamboo.example.local/news/2025/0110-17",
        title="簸箩车间主任2024年度述职报告",
        record_title="簸箩车间主任2024年度述职报告",
        date="2025-01-10",
        notes="record title as is; an intranet text with a column line and a read count; 成文日期 under the signature",
        page="""
!m 篾川竹业集团 内网门户 ｜ 人力资源 ｜ 述职材料
!m 阅读 61 次　发布人：人力资源部
{T}
{BODY}
!m 技术支持：集团信息中心（分机 8006）
!d 本页内容仅限集团内部浏览
""",
        body="""
各位领导、同事：
2024年，簸箩车间在公司的领导下，全年生产竹编簸箩四万二千只，完成年计划的百分之一百零六，产品合格率百分之九十八点二。
一年来，我主要做了三项工作：一是推行计件加质量系数的分配办法，工人收入平均增加一成；二是改进上箍工艺，箍圈脱落投诉下降七成；三是带出新工人十四名。
不足之处是车间防潮条件差，梅雨季成品发霉损失较大。新的一年，我将推动车间除湿改造，把损耗降下来。
述职人：伍长庚
2025年1月10日
""",
    ),
    dict(
        slug="qa-zhidao-puttee-howto-html",
        site="问吧 (invented)",
        style="问答社区",
        genre="问答",
        kind="qa",
        form="html",
        source="https://www.wenba.example.com/question/77120348.html",
        title="绑腿怎么打才不会松？",
        record_title=None,
        date=None,
        notes="a Q&A page: no record title, the question as title; an adopted-answer badge, a vote bar, more answers; 回答于 2 天前 is no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>问吧</title></head><body>
<div class="hd">⟦m 问吧 — 有问题就问吧⟧　⟦a 我要提问⟧</div>
<h1>⟦t 绑腿怎么打才不会松？⟧</h1>
<div class="q">⟦m 提问者：走走停停77　3 人关注⟧</div>
<div class="best">⟦m ✔ 提问者采纳　热心网友 青衣老兵　回答于 2 天前⟧</div>
<div class="answer">
{BODY}
</div>
<div class="vote">⟦l 有用 214　没用 3　评论⟧</div>
<div class="more">⟦l 其他 6 条回答⟧</div>
<div class="ft">⟦d 回答内容为网友个人观点，不代表问吧立场⟧</div>
</body></html>
""",
        body="""
绑腿松，多半是起头没压住、圈与圈之间没有交叉。我当兵时班长教的方法是这样的。
1.从脚踝上方起头，先平缠两圈，把布头压在第二圈下面。
2.往上缠时每一圈都翻折一次，让布面形成人字纹，这样受力均匀，走路时不容易往下滑。
3.缠到膝盖下方一掌处停，用布带绕两圈打活结，结头塞进最后一圈里。
另外，布绑腿最好先打湿再缠，干了以后会收紧一点。松紧以能伸进一根手指为好，太紧会影响血液循环。
""",
    ),
    dict(
        slug="qa-steampot-water-text",
        site="知乎乎 (invented)",
        style="问答社区",
        genre="问答",
        kind="qa",
        form="text",
        source="https://www.zhihuhu.example.cn/q/5520173/a/90881",
        title="用蒸锅蒸馒头，水要放多少？",
        record_title="用蒸锅蒸馒头，水要放多少？ - 知乎乎",
        date=None,
        notes="a Q&A text with an answerer line, an 编辑于 昨天 stamp (no date), a hidden-answers prompt and an app prompt",
        page="""
!m 知乎乎 · 问题
{T}
!m 居家厨艺 话题下的优秀答主　面点师阿岚
!m 编辑于 昨天 18:02　・ 赞同 1.2 千
{BODY}
!a 展开剩余 9 个回答需在 App 内查看
!l 赞同 1201　｜　添加评论　｜　喜欢
""",
        body="""
这个问题看蒸锅大小和要蒸多久。一般家用二十八厘米的双层蒸锅，蒸一屉馒头大约需要二十分钟，加水到锅底三指深，约一点五升就够了。
水太少容易烧干，不但馒头会有糊味，锅底也会烧坏。水太多则开锅慢，水沸时还可能溅到蒸屉上，把馒头底部泡湿。
我自己的经验是：冷水上锅，水量以不超过蒸屉底下两厘米为准；如果要蒸四十分钟以上，中途从锅边补一次开水，不要补冷水。
""",
    ),
]
