"""holdout287, part B: a blog, WeChat mirrors, sharing sites, education sites, intranets and a
Q&A. Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-maisui-pastryboard-care-wrapped-68",
        site="麦穗烘焙手记 (invented personal blog)",
        style="博客",
        genre="经验",
        kind="other",
        form="text",
        source="https://maisui-hongbei-example.cn/2025/03/08/kaiban/",
        title="新擀面板到手先别急着用：开板与保养",
        record_title="新擀面板到手先别急着用：开板与保养（烘焙日常）- 麦穗烘焙手记",
        date="2025-03-08",
        notes="blog post hard-wrapped at 68 columns; the 发表于 line is the page's date; tags, like/collect row, prev/next, comments under the text",
        page="""
!m 麦穗烘焙手记
!m 一个面点爱好者的厨房笔记
!m 首页 · 面点 · 工具 · 留言板
{T}
!m 发表于 2025-03-08 21:30 · 分类：工具 · 阅读 2306
{BODY}
!l 标签：擀面板　开板　木质厨具
!a ♡ 喜欢（128）　☆ 收藏　↗ 转发
!l 上一篇：手擀面的水温到底多少合适
!l 下一篇：一口铁锅养了十年
!l 评论（23）
!l 小满：按这个方法开了板，真的不裂了！
!l 请登录后发表评论
!m © 2025 麦穗烘焙手记 · 由 Halo 驱动
""",
        wrap=68,
        indent="\u3000\u3000",
        body="""
不少读者留言问，新买的实木擀面板要怎么处理才能用。今天把我这几年的做法整理一下。
第一步是清洗。新板表面常有木屑和加工时留下的蜡，用温水加一点小苏打刷一遍，千万别泡水，刷完立即擦干。
第二步是开板。等板子彻底晾干后，薄薄刷一层食品级矿物油或核桃油，静置一夜，第二天把表面浮油擦掉。连续做两三次，木纹吃饱了油，以后就不容易吸水开裂。
第三步是日常保养。每次用完先用刮板把面渣刮干净，再用湿布擦，最后竖着放在通风处晾干。一个月左右补一次油。
最后提醒一句：擀面板和切生肉的砧板一定要分开，不然再好的板子也白保养了。
""",
    ),
    dict(
        slug="wechat-luxi-hairnet-article-h1-follow-glued",
        site="垆溪市场监管 (invented WeChat account, mirrored)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://mp.wxmirror-example.net/s/luxi-scjg-20250422-a",
        title="后厨人员为什么一定要戴发网？",
        record_title=None,
        date="2025-04-22",
        notes="WeChat mirror: no record title, the <h1> on the page; the account line is the page's date; a follow prompt glued before the first words, a photo caption between paragraphs; 阅读原文/在看 row, QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>垆溪市场监管</title>
<script src="/mirror/wx-lazy.js"></script>
</head><body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　垆溪市场监管　2025年04月22日 17:30　垆溪⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，关注“垆溪市场监管”⟧</div>
<div class="tool">⟦a 阅读原文⟧　⟦a 分享⟧　⟦a 点赞 63⟧　⟦a 在看 18⟧</div>
<div class="collect">⟦l 收录于合集 #食品安全小课堂 12个⟧</div>
</div>
<div class="mirror-note">⟦d 本页为公众号文章的镜像存档，版权归原作者所有⟧</div>
</body></html>
""",
        p_html='<section><p style="font-size:16px;line-height:1.75">{}</p></section>',
        body="""
⟦a 点击上方“垆溪市场监管”关注我们⟧近期，我局执法人员在检查中发现，部分餐馆后厨人员只戴厨师帽、不戴发网，有的干脆什么都不戴。
很多人觉得，帽子已经能挡住头发，再戴发网是多此一举。其实，厨师帽往往宽松透气，低头、转身时碎发很容易从帽檐滑出；发网则能把头发贴着头皮兜住，两者配合才能真正防止头发掉进菜里。
⟦m ▲ 执法人员检查后厨人员佩戴情况⟧
我们提醒各餐饮单位：要为员工配备足量发网，每日更换；长发员工要先盘发再戴网；发现发网破损要及时更换。市民就餐时发现后厨人员不规范佩戴的，可拨打12315反映。
""",
    ),
    dict(
        slug="wechat-suoluo-lampstand-class-account-line",
        site="娑罗社区邻里汇 (invented WeChat account, text mirror)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wx-archive-example.org/suoluo-linlihui/2025/05/06/1",
        title="社区老年大学灯台彩绘班开课啦",
        record_title="社区老年大学灯台彩绘班开课啦 | 娑罗社区邻里汇 · 文章存档",
        date="2025-05-06",
        notes="WeChat article as text: account line and signature date; a follow prompt on top; a QR placeholder, read/like row and an archive note under the text; 扫描二维码 as content",
        page="""
!m 娑罗社区邻里汇
!t 社区老年大学灯台彩绘班开课啦
!m 原创　娑罗社区邻里汇　2025年05月06日 09:12　觐阳
!a 👆点击蓝色小字，关注邻里汇
{BODY}
!m [二维码：灯台彩绘班报名]
!a 阅读原文　　在看 27　　点赞 41
!d 本文由镜像站存档，内容版权归原公众号所有
!l 往期回顾：社区“银龄书法角”成果展｜端午包粽子活动报名
""",
        body="""
各位叔叔阿姨：
社区老年大学新开设的“灯台彩绘班”5月12日正式开课啦！
课程由市工艺美术协会会员林素芬老师授课，带大家在木质灯台坯上描金、上彩，每人完成一件作品带回家。
上课时间：每周一下午2:30—4:30，共8次课。
上课地点：社区党群服务中心二楼书画室。
名额有限，共20人，报名请扫描下方二维码或到社区服务台登记，材料费由社区承担。
娑罗社区居委会
2025年5月6日
""",
    ),
    dict(
        slug="docshare-shiye-jewelbox-pledge-points-lock",
        site="拾页共享 (invented document-sharing site)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.shiye-share-example.com/p/730021.html",
        title="关于减少首饰盒过度包装的倡议书",
        record_title="关于减少首饰盒过度包装的倡议书（排版好可直接用）- 拾页共享",
        date="2025-03-15",
        notes="sharing reader: upload notice, ratings, a points lock between paragraphs, a service WeChat under the text; an upload stamp (no date); 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于减少首饰盒过度包装的倡议书（排版好可直接用）- 拾页共享</title>
<link rel="stylesheet" href="/css/reader.css">
</head><body>
<div class="head"><a class="logo">⟦m 拾页共享⟧</a><span>⟦m 一页一页，分享有用的文档⟧</span><a>⟦a 上传文档赚积分⟧</a></div>
<div class="path">⟦m 首页 / 公文范本 / 倡议书⟧</div>
<div class="docbox"><h1>{T}</h1>
<div class="info">⟦m 上传者：蓝鲸小丸子　上传于 2025-04-03　2页　★★★★☆ 4.3分（17人评）⟧</div>
<div class="upload-note">⟦d 温馨提示：本文档由网友自行上传，拾页共享仅提供展示，若有侵权请联系下架⟧</div>
<div class="doc">
{BODY}
</div>
<div class="dl"><a>⟦a 下载本文档（5积分）⟧</a> <a>⟦a 收藏⟧</a> <a>⟦a 举报⟧</a></div>
</div>
<div class="svc">⟦w 找不到想要的范本？拾页客服微信 shiye_kefu02⟧</div>
<div class="rel"><h4>⟦l 相关推荐⟧</h4><p>⟦l 绿色消费倡议书（通用）⟧</p><p>⟦l 关于限制商品过度包装的倡议⟧</p></div>
<div class="foot">⟦m © 拾页共享 2017-2025　沪ICP备17036620号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
全市各珠宝首饰经营单位：
近年来，首饰盒越做越大、越做越重，一枚几克重的戒指，往往装在三四层包装里，外层是礼品袋，里面是纸盒、绒布盒，再套一个带灯的亚克力盒。这些包装大多被消费者随手丢弃，既浪费资源，也抬高了商品价格。为此，我们倡议：
一、合理设计首饰盒。首饰盒的体积应与首饰相称，包装层数不超过两层，不使用电子灯光等不必要的装置。
⟦a 剩余内容已加锁，消耗2积分即可解锁阅读⟧
二、推广可回收材料。优先使用纸质、竹木等可回收材料，减少塑料、金属配件。
三、鼓励“以旧换新”。在门店设立首饰盒回收点，顾客可凭旧首饰盒兑换保养服务。
让我们从一个小小的首饰盒做起，为绿色消费贡献一份力量。
觐阳市珠宝首饰行业协会
2025年3月15日
""",
    ),
    dict(
        slug="docshare-wenshu-oilladle-rules-slash-markers",
        site="文枢分享站 (invented)",
        style="文档分享",
        genre="规程",
        kind="other",
        form="text",
        source="https://wenshu-share-example.cn/doc/6620914",
        title="粮油门市部散装油计量操作规程",
        record_title="粮油门市部散装油计量操作规程.doc",
        date=None,
        notes="file-name record title; 第N条 articles; page markers '⟋n⟍' cutting sentences, glued or on a line of their own; a share stamp '4 天前' and an effective-on-issue clause (no date)",
        page="""
!m 文枢分享站 | 文档 · 资料 · 范本
!t 粮油门市部散装油计量操作规程.doc
!m 分享者：柜台老杨　　分享时间：4 天前　　下载 56 次　　评分 ★★★★☆
!a 【下载到本地】【转存】【复制链接】
!d 本资料由网友分享，如涉及版权问题请联系站长删除
{BODY}
!a 预览结束，共2页，余下内容请下载查看
!w 需要其他规章制度模板？加站长微信 wenshu_zz 免费代找
!l 相关资料：门店计量器具管理制度.doc｜粮油店卫生管理制度.docx
""",
        pages=dict(fmt="⟋{n}⟍", every=100, start=2, glue="mix", sep=" "),
        body="""
第一条　为规范散装食用油计量行为，保证计量准确，维护顾客权益，制定本规程。
第二条　本门市部销售散装食用油，一律使用经校准的油提或电子秤计量，不得使用自制、改制的量器。
第三条　油提按一斤、半斤、二两三种规格配备，每种不少于两把，挂放在油缸旁的专用挂架上，做到提柄朝外、标识清楚。
第四条　打油时应将油提垂直浸入油缸，提满后停留三秒，待油面平稳后再倒入顾客容器，不得倾斜或晃动。
第五条　每日营业结束后，用热碱水清洗油提，晾干后登记在《计量器具使用记录》中；发现变形、渗漏的，立即停用。
第六条　本规程自印发之日起施行。
""",
    ),
    dict(
        slug="edu-qiyang-hairnet-notice-attachment-link",
        site="圻阳县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.qiyang-jy-example.cn/tzgg/2025/0225/301.html",
        title="关于规范学校食堂从业人员发网佩戴的通知",
        record_title="关于规范学校食堂从业人员发网佩戴的通知 - 食安校园 - 圻阳县教育信息网",
        date="2025-02-24",
        date_also=["2025-02-25"],
        notes="education portal: 大字版/语音导读 links, document number neutral, a technical-support line beside the notice's own 联系人/电话/邮箱; 附件 list beside an attachment download link; 请各学校下载附件 as content; portal date differs (also accepted)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于规范学校食堂从业人员发网佩戴的通知 - 食安校园 - 圻阳县教育信息网</title>
<script src="/static/js/edu-common.js"></script>
</head><body>
<div class="top">⟦m 圻阳县教育信息网⟧ <a>⟦a 大字版⟧</a> <a>⟦a 语音导读⟧</a> <a>⟦a 教师登录⟧</a></div>
<div class="nav">⟦m 首页⟧ ⟦m 教育动态⟧ ⟦m 食安校园⟧ ⟦m 招生考试⟧ ⟦m 信息公开⟧</div>
<div class="pos">⟦m 当前位置：首页 &gt;&gt; 食安校园 &gt;&gt; 文件通知⟧</div>
<div class="title"><h2>{T}</h2>
<p class="info">⟦m 发布时间：2025-02-25　发布科室：后勤保障股　浏览：1208⟧</p>
<p class="wh">圻教发〔2025〕6号</p></div>
<div class="content">
{BODY}
</div>
<div class="attach">⟦a 📎 食堂从业人员发网佩戴自查表.xlsx（点击下载）⟧</div>
<div class="pn">⟦l 上一篇：关于做好2025年春季学期开学工作的通知⟧<br>⟦l 下一篇：县教育局召开学校食品安全工作会议⟧</div>
<div class="foot">⟦m 主办：圻阳县教育局　技术支持：圻阳县教育信息中心 0794-3320011⟧<br>⟦m 赣ICP备10008637号⟧</div>
</body></html>
""",
        p_html='<p class="MsoNormal" style="text-indent:2em">{}</p>',
        body="""
各乡镇中心学校，县直各学校：
春季学期开学在即，为进一步加强学校食堂食品安全管理，防止头发等异物混入饭菜，现就规范食堂从业人员发网佩戴有关事项通知如下。
一、各学校要为食堂从业人员配足发网，每人每天不少于一个，长发人员须先盘发、再戴发网和工作帽。
二、食堂管理员要在每天晨检时检查发网佩戴情况，并记入晨检记录。
三、县教育局将把发网佩戴情况纳入春季食品安全专项检查内容。
请各学校下载附件，于3月7日前将自查表报县教育局后勤保障股。
联系人：范秋云，电话：0794-3326518，邮箱：qyjy_hq@qiyang-jy-example.cn
附件：食堂从业人员发网佩戴自查表
圻阳县教育局
2025年2月24日
""",
    ),
    dict(
        slug="edu-shushui-no2-lampstand-sketch-notice",
        site="姝水县第二中学 (invented school site)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ssez-example.cn/xxtz/jxjy/2025/0401/77.html",
        title="关于举办“灯台里的中国”器物写生活动的通知",
        record_title="【美术组】关于举办“灯台里的中国”器物写生活动的通知",
        date="2025-04-01",
        notes="school notice: a column-prefixed title repeated, a relative update time, font-size and print links; numbered list 1.–5.; the school office's phone in the footer",
        page="""
!m 姝水县第二中学
!m 学校首页 > 校园通知 > 教学教研
!t 【美术组】关于举办“灯台里的中国”器物写生活动的通知
!m 发布人：美术组　点击：318　更新时间：6天前
!a [加大字号] [默认字号] [打印本页]
{BODY}
!l 上一篇：关于清明节假期安全教育的通知
!l 下一篇：第十二周课后服务安排
!m 地址：姝水县文昌路9号　校办电话：0796-5213300
!m 姝水县第二中学 版权所有
""",
        indent="\u3000\u3000",
        body="""
各班级：
为引导学生走近传统器物、感受工艺之美，学校美术组决定在全校开展“灯台里的中国”器物写生活动。现将有关事项通知如下。
1. 参加对象：初一、初二年级全体学生。
2. 活动时间：4月7日至4月25日，利用美术课和课后服务时间进行。
3. 写生对象：学校从县博物馆借展的6件仿古灯台，陈列在艺术楼一楼展厅。
4. 作品要求：素描或线描，A3纸张，作品背面写明班级、姓名。
5. 评选表彰：美术组将评出一等奖10名、二等奖20名，优秀作品在校园文化长廊展出。
姝水县第二中学美术组
2025年4月1日
""",
    ),
    dict(
        slug="oa-longxia-jewelbox-minutes-circulation",
        site="珑匣协同平台 (invented intranet of a jewellery-box maker)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.longxia-example.local/doc/view?id=20250530-017",
        title="首饰盒车间五月质量分析会会议纪要",
        record_title="〔纪要待阅〕首饰盒车间五月质量分析会会议纪要 - 珑匣协同平台",
        date="2025-05-29",
        date_also=["2025-05-30"],
        notes="OA document view: 流转记录, read counts, a read-confirm button; the minutes' 时间/地点/主持/参会/记录 lines; the minutes' date from the 时间 line, the registration date differs (also accepted)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔纪要待阅〕首饰盒车间五月质量分析会会议纪要 - 珑匣协同平台</title>
<script src="/oa/js/docview.js"></script>
</head><body class="oa">
<div class="oa-top">⟦m 珑匣协同平台⟧ ⟦m 待办(6)　待阅(13)　已办⟧ ⟦a 退出⟧</div>
<div class="oa-tab">⟦m 公文管理 › 会议纪要 › 查看⟧</div>
<div class="doc-h"><h2>{T}</h2>
<table class="reg"><tr><td>⟦m 登记日期：2025-05-30⟧</td><td>⟦m 拟稿：品管部 秦小雨⟧</td><td>⟦m 密级：厂内公开⟧</td></tr></table></div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-act"><button>⟦a 阅毕确认⟧</button> <button>⟦a 转办⟧</button> <button>⟦a 导出正文⟧</button></div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 05-30 09:12 品管部 秦小雨 提交⟧</p><p>⟦l 05-30 10:40 生产副总 韦建国 审核通过⟧</p><p>⟦l 05-30 11:02 办公室 分发⟧</p></div>
<div class="readstat">⟦m 已阅 37 人　未阅 5 人⟧</div>
<div class="oa-foot">⟦m 珑匣工艺品有限公司 信息部维护　内线 8008⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
时间：2025年5月29日下午
地点：行政楼三楼会议室
主持：生产副总 韦建国
参会：首饰盒车间、品管部、采购部、仓储部负责人及班组长
记录：品管部 秦小雨
会议通报了5月首饰盒质量情况，分析了问题原因，研究了整改措施。纪要如下。
一、5月共生产首饰盒2.6万只，一次交检合格率96.8%，比4月下降1.1个百分点，主要问题是绒布起皱和合页松动。
二、会议明确：采购部6月10日前更换绒布供应商，送样需经品管部确认；车间对合页安装工序增加扭力抽检，每班不少于20只。
三、会议要求各班组于每周五上报质量周报，品管部汇总后报生产副总。
""",
    ),
    dict(
        slug="oa-yiling-pastryboard-summary-record-date",
        site="猗岭木艺制品厂厂内信息网 (invented intranet)",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://10.8.1.20/xxw/cjdt/2025/0704/58.html",
        title="2025年上半年擀面板生产工作总结",
        record_title="【木艺车间】2025年上半年擀面板生产工作总结 - 厂内信息网",
        record_date="2025-07-04",
        date="2025-07-04",
        notes="intranet text page: the record gives the date (also under the signature); a shared-drive pointer, forward/export actions and an internal-use notice under the text",
        page="""
!m 猗岭木艺制品厂 · 厂内信息网（仅限内网访问）
!m 当前用户：王某某｜退出登录
!m 栏目：车间动态　发布部门：木艺车间　浏览 64
{T}
{BODY}
!l 附：上半年生产台账（见共享盘 /生产部/2025）
!a 【转发给同事】【导出PDF】
!d 内部资料，严禁外传
!m 技术支持：信息中心 分机 8012
""",
        indent="\u3000\u3000",
        body="""
上半年，车间在厂部领导下，围绕“提质量、保交期、降损耗”目标，完成了各项生产任务。现总结如下。
一、生产完成情况。上半年共生产擀面板4.2万块，完成年计划的53%；其中出口订单1.1万块，全部按期交货。
二、质量提升情况。针对去年客户反映的拼接缝开裂问题，车间改用整板下料，并将烘干含水率控制在8%至10%，上半年客户退货率由1.6%降至0.4%。
三、存在的问题。一是榉木原料价格上涨，成本压力加大；二是砂光工序粉尘较大，除尘设备需要更新。
下半年，车间将重点抓好除尘改造和新品打样，确保全年任务完成。
木艺车间
2025年7月4日
""",
    ),
    dict(
        slug="qa-wengejiujing-pastryboard-mould-question-title",
        site="问个究竟 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wengejiujing-example.com/q/5530127",
        title="擀面板发霉了还能继续用吗？",
        record_title=None,
        date=None,
        notes="Q&A: no record title, the question on the page; an adopted-answer badge, the answerer's line with '回答于 3 天前', vote bar and more answers (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>问个究竟 - 有问题，就问个究竟</title>
</head><body>
<div class="hd">⟦m 问个究竟⟧ <input placeholder="搜索问题"> <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 问个究竟 › 生活 › 厨房⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-desc">⟦m 提问者：一只小馒头　悬赏 5 个究竟币　浏览 1.1万⟧</p>
<div class="q-act">⟦a 关注问题⟧ ⟦a 邀请回答⟧ ⟦a 分享⟧</div></div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 厨房里的老陈　优质回答者　回答于 3 天前⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="vote">⟦a 👍 有用 214　👎 没用 3　💬 评论 9⟧</div>
</div>
<div class="more">⟦l 查看其余 6 条回答⟧</div>
<div class="similar"><h4>⟦l 相关问题⟧</h4><p>⟦l 竹砧板和木砧板哪个更不容易发霉？⟧</p><p>⟦l 擀面杖开裂了怎么修？⟧</p></div>
<div class="ft">⟦d 回答内容由网友提供，仅供参考⟧ ⟦m ©2025 问个究竟　闽ICP备22009187号-1⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
看霉斑的深浅，不能一概而论。
如果只是表面有零星的黑点，可以先用粗盐加柠檬汁用力擦洗，再用开水烫一遍，放在太阳下晒透。处理后闻一闻，没有霉味、木头也没有发软，就可以继续用。
如果霉斑已经渗进木纹里，擦不掉、刮不净，或者板子有裂缝，建议直接换掉。霉菌会藏在裂缝里，洗不干净，面团直接接触板面，吃进去不划算。
以后用完要刮净面渣、擦干，立着晾，别平放在潮湿的台面上，一般就不会再发霉了。
""",
    ),
]
