"""holdout201, part B: a blog, WeChat mirrors, sharing sites, education portals, intranets, Q&A sites.

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-ranshifu-lock-cylinder-wrapped-no-title",
        site="冉师傅修锁手记 (invented)",
        style="博客",
        genre="经验",
        kind="other",
        form="text",
        source="http://blog.kaisuoren.net/ransf/archives/318",
        title="锁芯换了不到一年就不好用，多半是这三个原因",
        record_title=None,
        date="2025-06-17",
        notes="a locksmith's blog saved as text: no record title (the title line under the blog's header), the post's date line, "
        "body hard-wrapped at 58 columns with a two-space indent; counters, prev/next and comments below",
        page="""
!m 冉师傅修锁手记
!m 修了十几年锁，说点大实话
!m 首页 | 修锁经验 | 换锁芯 | 留言板 | 关于我
{T}
!m 2025年06月17日 星期二 22:05　　分类：换锁芯
{BODY}
!m 阅读(2093)　评论(12)　推荐(37)
!l 前一篇：指纹锁没电了怎么开门
!l 后一篇：防盗门关不严，先别急着换锁
!l 网友留言
!l 楼下老季：第三条太对了，我家就是滴了菜油
!l 发表留言请先登录
!m 冉师傅修锁手记 · 本博客内容未经同意请勿转载
""",
        indent="  ",
        wrap=58,
        body="""
干了十几年修锁，常有人问：锁芯换了不到一年就发涩、卡钥匙，是不是买到假货了？其实多数时候不怪锁芯，问题出在下面三处。
一是长度没选对。锁芯两头露出门板太多，开门时钥匙一别就歪，日子久了弹子磨偏。换之前一定要以固定螺孔为中心，分别量出里外两边的长度。
二是固定螺丝没拧紧。螺丝松了，锁芯在锁体里会轻微晃动，钥匙转到一半就会卡住。
三是乱加油。很多人往锁孔里滴食用油、喷除锈剂，油吸了灰变成油泥，弹子就更不灵了。锁芯要润滑，用铅笔芯磨成的粉或者专用石墨粉就够了。
最后提醒一句：换锁芯请找在公安机关备案的开锁店，换完让师傅当面把旧锁芯交给你，别让人带走。
""",
    ),
    dict(
        slug="wechat-gonghao-article-reading-glasses-follow-glued",
        site="公号拾遗 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.gonghaoshiyi.com/a/8fe21c07.html",
        title="出现这三个信号，说明该换老花镜了",
        record_title="出现这三个信号，说明该换老花镜了 ¦ 鹖林社区卫生服务中心 · 公号拾遗",
        date="2025-09-02",
        notes="WeChat mirror: 原创 tag, the account line's date as the page's date, a follow prompt glued before the first words, "
        "a past-issues link glued after the last sentence, 在看/赞赏 rows, a QR line and the mirror's note; the centre's own "
        "phone stays in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>出现这三个信号，说明该换老花镜了 ¦ 鹖林社区卫生服务中心 · 公号拾遗</title>
<meta name="viewport" content="width=device-width"></head><body>
<div class="mirror-top">⟦m 公号拾遗⟧ ⟦m 好文章不该被时间冲走⟧ <a>⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta"><span>⟦m 原创⟧</span> <span>⟦m 鹖林社区卫生服务中心　2025年09月02日 17:30　广东⟧</span></div>
<div id="js_content">
{BODY}
</div>
<div class="after">⟦a 写留言⟧　⟦a 赞赏作者⟧　⟦l 点个在看，让更多长辈看到⟧</div>
<div class="qr">⟦a 长按下方二维码，预约视力筛查⟧</div>
</div>
<div class="mirror-note">⟦d 本页内容由公号拾遗自动存档，著作权归原公众号所有，如需删除请联系站长。⟧</div>
<div class="more"><h4>⟦l 该公众号的其他文章⟧</h4><ul><li>⟦l 秋季腹泻高发，这几类人要当心⟧</li><li>⟦l 家庭医生签约服务包更新啦⟧</li></ul></div>
<script src="/js/lazyimg.js"></script>
<div class="ft">⟦m 公号拾遗 gonghaoshiyi.com　京ICP备22017734号⟧</div>
</body></html>
""",
        p_html='<section><p style="line-height:1.8;">{}</p></section>',
        body="""
⟦a 点击上方蓝字“鹖林社卫”，关注我们⟧不少老人觉得，老花镜配一次能戴一辈子。其实，眼睛的调节力会随年龄继续下降，老花镜也要适时更换。出现下面三个信号，就该去复查了。
信号一：看书看报要越拿越远，戴着眼镜还是觉得字小。
信号二：戴镜看东西不到半小时就眼胀、头晕，摘下来才舒服。
信号三：镜片划痕多，擦了还是雾蒙蒙，或者镜腿松动、鼻托歪斜。
需要提醒的是，如果视物模糊来得很快，或者看东西变形、眼前有黑影，不要急着换眼镜，应先到眼科排除白内障、黄斑病变等疾病。
本中心每周三上午开设老年人视力筛查门诊，可现场验光，咨询电话：0751-3390218。⟦l 往期推荐：老人看手机，字号调多大合适⟧
""",
    ),
    dict(
        slug="wechat-weiwen-article-kitchen-knife-buying",
        site="微文档案馆 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://weiwenarchive.cn/s/2025/1105/kKd93.html",
        title="选购菜刀，记住“一看二摸三试”",
        record_title="【鳜溪市场监管】选购菜刀，记住“一看二摸三试”〔微文存档〕",
        date="2025-11-05",
        notes="WeChat mirror as text: account line with its date, a read-original link, 点赞/在看 row and the archive's notice; "
        "an interjected share prompt on a line of its own between paragraphs; 12315 in the body",
        page="""
!m 微文档案馆 · 公众号文章存档
{T}
!m 鳜溪市场监管　2025-11-05 08:30
{BODY}
!a 阅读原文
!l 分享　点赞 46　在看 12
!a 扫码关注“鳜溪市场监管”，获取更多消费提示
!d 微文档案馆仅作存档展示，文章版权归原作者，侵删。
""",
        body="""
临近年关，不少家庭要添置新菜刀。市场上的菜刀价格从十几元到上千元不等，怎么挑？县市场监管局提醒大家记住“一看二摸三试”。
一看标识。正规产品应标明厂名、厂址、材质和执行标准，刀身上打有钢号，包装内附合格证。
⟦a 觉得有用？转给家里掌勺的人⟧
二摸做工。刀刃平直无缺口，刀柄与刀身连接牢固，铆钉平整不扎手，刀背和刀柄没有毛刺。
三试手感。握住刀柄掂一掂，重量适中、重心靠近刀柄的更省力；不要用手指去试刀刃。
另外，菜刀虽是日用刀具，在公共场所携带也须包装妥当，购买后请直接带回家。如发现不合格产品，可拨打12315投诉举报。
""",
    ),
    dict(
        slug="docshare-yunjian-rules-kitchen-knives-docx",
        site="共享云笺 (invented document-sharing site)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.yunjian-share.com/doc/5803317.html",
        title="鹈口镇中心小学食堂刀具安全管理制度",
        record_title="鹈口镇中心小学食堂刀具安全管理制度.docx",
        date=None,
        notes="sharing page: file-name record title, uploader line, upload notice, points lock, service-WeChat line, ratings; "
        "a rule of 第N条 articles that speaks of 扫码 and 打印 as content; only an effective clause, no date",
        page="""
<html><head><meta charset="utf-8"><title>鹈口镇中心小学食堂刀具安全管理制度.docx - 共享云笺</title></head><body>
<div class="top">⟦m 共享云笺⟧ ⟦m 你分享的每一页，都有人需要⟧ <a>⟦a 上传赚积分⟧</a> <a>⟦a 我的云笺⟧</a></div>
<div class="crumb">⟦m 云笺首页 › 教育文档 › 后勤管理⟧</div>
<div class="file">
<p class="fname">⟦t 鹈口镇中心小学食堂刀具安全管理制度.docx⟧</p>
<p class="finfo">⟦m 分享者：鹈口后勤老林　｜　2页　｜　19.6KB　｜　上传于 昨天⟧</p>
<p class="upnote">⟦d 该文件由云笺用户自行分享，内容真实性和版权由分享者负责，云笺只提供展示与转存。⟧</p>
</div>
<div class="viewer">
<h2>{T}</h2>
{BODY}
</div>
<div class="lock">⟦a 全文已展示，下载可编辑原件需 3 积分⟧ <button>⟦a 立即转存⟧</button></div>
<div class="stars">⟦l 文档评分：★★★★☆（17人评）⟧</div>
<div class="kefu">⟦w 积分充值、发票问题请加云笺客服微信 yj_kf2024⟧</div>
<div class="same"><h4>⟦l 同类文件⟧</h4><p>⟦l 学校食堂从业人员晨检制度.docx⟧</p><p>⟦l 食堂留样管理制度（附记录表）.doc⟧</p></div>
<script src="/assets/viewer.bundle.js"></script>
<div class="ft">⟦m 共享云笺 yunjian-share.com ©2025　闽ICP备20011467号-2⟧</div>
</body></html>
""",
        body="""
第一条　为加强学校食堂刀具管理，防止刀具丢失和误伤，根据学校食品安全管理有关规定，制定本制度。
第二条　食堂菜刀、剔骨刀、水果刀等刀具实行编号管理，每把刀具刻有编号，按生食、熟食、果蔬分色使用。
第三条　刀具统一存放在带锁刀具柜内，钥匙由食堂管理员保管。厨师上岗时扫码领用，下班前清洗消毒后扫码归还。
第四条　食堂管理员每日下班前清点一次，发现缺失立即报告总务处并调取监控查找。
第五条　刀具柜旁张贴本制度和领用登记表，登记表每月打印存档一次，保存不少于一年。
第六条　学生及外来人员不得进入操作间，不得接触刀具。
第七条　本制度自印发之日起施行，由学校总务处负责解释。
""",
    ),
    dict(
        slug="docshare-wenxiangjia-request-access-cards-pdf-markers",
        site="文享家 (invented document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="report",
        form="text",
        source="https://www.wenxiangjia.net/view/2025/0412/93115.html",
        title="鹖林社区居民委员会关于增配单元门禁读卡器和补办门禁卡经费的请示",
        record_title="鹖林社区居民委员会关于增配单元门禁读卡器和补办门禁卡经费的请示.pdf",
        date="2025-04-08",
        notes="a PDF's text on a sharing site: file-name record title, page markers ⊛第n页⊛ on lines of their own cutting sentences, "
        "a numbered cost list, the request's own 联系人/电话; an upload date is no date",
        page="""
!m 文享家 — 文档共享，举手之劳
!t 鹖林社区居民委员会关于增配单元门禁读卡器和补办门禁卡经费的请示.pdf
!m 上传：社区小单　时间：2025-04-12　页数：3　下载：31
!a 下载PDF　　收藏到我的文享　　举报该文档
{BODY}
!a 已经看完全部 3 页，点此下载原文件
!d 文享家文档均由用户上传，仅供交流学习，不得用于商业用途。
!l 相关：社区门禁系统维护合同｜小区智能门禁改造方案
""",
        pages=dict(fmt="⊛第{n}页⊛", every=120, start=2),
        body="""
鲂西街道办事处：
我社区鹖林小区建成于2004年，共有居民楼22栋、单元门54个。2019年安装的单元门禁已使用六年，读卡器老化、进水故障频发，今年一季度共报修97次，居民意见较大。
经社区“两委”会议研究，拟更换故障读卡器31台，并为高龄、独居老人免费补办门禁卡260张。经向三家供应商询价，共需经费约4.6万元，具体如下：
1.读卡器31台，每台约1200元，计3.72万元；
2.门禁卡260张，每张约20元，计0.52万元；
3.安装调试及线路维修，计0.36万元。
以上经费拟从社区党组织服务群众经费中列支，不足部分申请街道予以补助。
妥否，请批示。
联系人：社区主任　单丽君，电话：0756-3328417。
鹖林社区居民委员会
2025年4月8日
""",
    ),
    dict(
        slug="edu-bianshan-summary-canteen-knives-table",
        site="鳊山县教育体育局网站 (invented)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://jyj.bianshan.gov.cn/xxgk/gzzj/202412/t20241230_11852.html",
        title="鳊山县2024年学校食堂刀具安全专项整治工作总结",
        record_title="鳊山县2024年学校食堂刀具安全专项整治工作总结⋅工作总结⋅鳊山县教育体育局",
        date="2024-12-26",
        date_also=["2024-12-30"],
        notes="education bureau page: 简/繁 and 适老 links, an info line with its own posting date (also accepted), an inspection table "
        "one row a paragraph, 成文日期 under the signature, a print/close row and a 技术支持 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>鳊山县2024年学校食堂刀具安全专项整治工作总结⋅工作总结⋅鳊山县教育体育局</title></head><body>
<div class="top">⟦a 简体｜繁體｜适老浏览⟧　⟦a 教育云平台入口⟧</div>
<div class="logo">⟦m 鳊山县教育体育局⟧</div>
<div class="nav">⟦m 首页　机构概况　教育资讯　信息公开　办事指南　校园安全⟧</div>
<div class="pos">⟦m 当前所在：首页 > 信息公开 > 工作总结⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="info">⟦m 信息来源：县教体局后勤保障股　日期：2024-12-30　点击量：415⟧</p>
{BODY}
</div>
<div class="op">⟦a [打印正文] [关闭此窗]⟧</div>
<div class="link"><span>⟦l 友情链接：鲥江市教育局｜鳊山县人民政府｜县融媒体中心⟧</span></div>
<aside class="side"><h3>⟦l 专题专栏⟧</h3><p>⟦l 校园食品安全守护行动　双减在鳊山⟧</p></aside>
<script type="text/javascript" src="/js/visit.js"></script>
<div class="foot"><p>⟦m 版权所有：鳊山县教育体育局　地址：鳊山县学府路9号⟧</p><p>⟦m 技术支持：鳊山智联网络科技 0763-5128800⟧</p><p>⟦m 粤ICP备13021556号⟧</p></div>
</body></html>
""",
        body="""
2024年，县教体局在全县中小学、幼儿园食堂开展刀具安全专项整治，现将有关情况总结如下。
一、基本情况
全县共有学校食堂126个，整治前登记在册的菜刀、砍骨刀等刀具1483把。通过整治，所有食堂实现刀具定点存放、上锁管理、专人登记。
二、主要做法
一是摸清底数，对每把刀具编号建档；二是配齐设施，为61个食堂新购带锁刀具柜；三是常态检查，把刀具管理纳入食堂每周自查和教体局季度督查。
三、检查情况
检查轮次　检查食堂　发现问题　已整改
第一轮　126　37　37
第二轮　126　12　12
第三轮　126　3　3
四、下一步打算
2025年，我们将把刀具管理纳入“明厨亮灶”平台，推动刀具柜加装视频监控，做到刀具取用全程可查。
鳊山县教育体育局
2024年12月26日
""",
    ),
    dict(
        slug="edu-yonghu-notice-whisk-labour-week-download",
        site="鳙湖教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yhjy.edu.cn/tzgg/2025/0915/6271.html",
        title="关于开展“小小面点师”劳动实践周活动的通知",
        record_title="【区教育局发布】关于开展“小小面点师”劳动实践周活动的通知 ¦ 鳙湖教育网",
        date="2025-09-12",
        date_also=["2025-09-15"],
        notes="district education site: a notice that tells schools to 下载 and 打印 a record form (content), the notice's own "
        "联系人/电话 beside the site's 技术支持 line, the site's posting date also accepted",
        page="""
!m 鳙湖教育网　鲥江市鳙湖区教育局主办
!m 网站首页 ＞ 通知公告
{T}
!m 发布人：区教研室　发布时间：2025-09-15 10:26　浏览：1288
{BODY}
!a 【我要打印】【返回列表】
!l 上一则：关于做好秋季学期学生资助工作的通知
!l 下一则：2025年区中小学生田径运动会竞赛规程
!m 技术支持：鲥江智校科技　服务电话：0785-6600000
!m 鳙湖教育网 版权所有　粤ICP备16030118号
""",
        indent="\u3000\u3000",
        body="""
各小学：
为落实劳动教育课程要求，区教育局定于10月13日至17日在全区小学四至六年级开展“小小面点师”劳动实践周活动。现将有关事项通知如下。
一、活动内容。学生在教师指导下学习和面、打发蛋液、蒸馒头和烤小蛋糕，体验从备料到清洗收纳的全过程。
二、器具准备。各校按每4名学生一组准备面盆、手动打蛋器、量杯和硅胶刮刀；使用电动打蛋器须由教师操作，学生不得单独通电使用。
三、安全要求。活动前进行用电、用火和食品卫生安全教育，打蛋器搅拌头用后及时拆下清洗、晾干。
四、成果报送。请各校于10月24日前在本网站“下载专区”下载活动记录表，填写后打印并加盖公章，与照片一并报送区教研室。
联系人：区教研室　车晓岚，电话：0785-6619322。
鲥江市鳙湖区教育局
2025年9月12日
""",
    ),
    dict(
        slug="oa-tiwan-minutes-access-card-permissions",
        site="鹈湾物流协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://oa.tiwan-logistics.com/gw/view.do?docid=20250515-0122",
        title="园区门禁卡权限清理专题会议纪要",
        record_title="公文查阅 ▸ 园区门禁卡权限清理专题会议纪要（第12期） ▸ 鹈湾物流OA",
        date="2025-05-14",
        date_also=["2025-05-15"],
        notes="OA document view: user bar, a tree menu, a document header with its issue date (also accepted), the minutes' "
        "时间/地点/主持/参会/记录 lines (the 时间 line gives the date), a numbered decision list, 流转记录 and read count, action buttons",
        page="""
<html><head><meta charset="utf-8"><title>公文查阅 ▸ 园区门禁卡权限清理专题会议纪要（第12期） ▸ 鹈湾物流OA</title></head><body>
<div class="userbar">⟦m 鹈湾物流协同办公平台⟧　⟦m 当前用户：仓储一部 何静⟧　<a>⟦a 退出系统⟧</a></div>
<div class="tree">⟦m 我的待办　收文管理　发文管理　会议纪要　通讯录⟧</div>
<div class="docwin">
<div class="dochead">⟦m 发文部门：安保部　发文日期：2025-05-15　密级：内部⟧</div>
<h2>{T}</h2>
<p class="qihao">第12期</p>
{BODY}
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 安保部 许菲 起草 05-15 09:12⟧</p><p>⟦l 副总经理 蒋立群 签发 05-15 11:40⟧</p><p>⟦l 已分发 6 个部门⟧</p></div>
<div class="readcnt">⟦m 本文已被 57 人阅读⟧</div>
<div class="btns">⟦a 设为已读　转办　打印公文　返回⟧</div>
</div>
<script src="/oa/js/docview.js"></script>
<div class="ft">⟦m 鹈湾物流信息中心维护　内线：8010⟧</div>
</body></html>
""",
        body="""
时间：2025年5月14日下午3:00
地点：综合楼三楼第二会议室
主持：副总经理　蒋立群
参会：安保部、人力资源部、信息中心、仓储一部、仓储二部负责人
记录：安保部　许菲
会议听取了安保部关于园区门禁卡使用情况的汇报。目前园区在用门禁卡2317张，其中离职人员未注销的89张，外包单位长期未用的146张。会议议定如下：
一、人力资源部每周五把入职、离职名单推送安保部，安保部在下周一前完成开卡、注销。
二、外包单位门禁卡有效期一律改为三个月，到期由用卡单位重新申请。
三、信息中心6月底前把门禁系统与考勤系统打通，连续30天未刷卡的门禁卡自动冻结。
四、各部门不得私自借用、转借门禁卡，发现一次通报一次。
""",
    ),
    dict(
        slug="intranet-meichu-bulletin-whisk-beater-loose",
        site="美厨电器内网 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://in.meichu-elec.com/notice/2025/0722-31.html",
        title="关于MC-301型手持打蛋器搅拌头批量松脱问题的通报",
        record_title="质量通报 ⇒ 关于MC-301型手持打蛋器搅拌头批量松脱问题的通报",
        record_date="2025-07-22",
        date="2025-07-22",
        notes="factory intranet text: the record gives the date; user line, read count, a return link and the IT desk's extension; "
        "a numbered decision list; the signing department and date",
        page="""
!m 螓湾美厨电器有限公司 · 员工内网
!m 您好，装配二车间 邹立　｜　退出
!m 内网首页 / 公告通报 / 质量通报
{T}
!m 发布部门：质量部　阅读 342 次
{BODY}
!a 返回列表　｜　打印本通报
!m 内网使用问题请拨信息部 6021
""",
        indent="\u3000\u3000",
        body="""
各车间、各部门：
7月18日，质量部在出货抽检中发现，二车间7月15日至17日装配的MC-301型手持打蛋器有部分搅拌头插入后卡扣不到位，使用中容易松脱。经全检，该批次4800台中不合格612台。
经调查，原因是新更换供应商的搅拌头卡簧来料尺寸偏小0.2毫米，二车间首件检验只看外观、没有做插拔力测试，过程巡检流于形式。
公司决定：
1.对二车间主任扣发当月绩效20%，对首件检验员给予书面警告；
2.采购部暂停该卡簧供应商供货资格，退回剩余来料；
3.质量部即日起在装配线末端增加插拔力全检工序。
请各单位引以为戒，严格执行首件检验和过程巡检制度。
质量部
2025年7月22日
""",
    ),
    dict(
        slug="qa-wenwen-answer-reading-glasses-question-title",
        site="问问邻居 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenwenlinju.com/q/6620391.html",
        title="老花镜度数怎么选？戴上以后头晕正常吗？",
        record_title=None,
        date=None,
        notes="Q&A page: no record title (the question in the <h1>), asker line with a relative time, an answerer card, an "
        "adopted-answer badge, vote row, other answers and related questions; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>老花镜度数怎么选？戴上以后头晕正常吗？_问问邻居</title></head><body>
<div class="hd">⟦m 问问邻居⟧ ⟦m 有问题，就问问邻居⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="q">
<h1>{T}</h1>
<p class="qinfo">⟦m 提问者：晒太阳的老陶　｜　5 天前　｜　浏览 6,021⟧</p>
</div>
<div class="best">
<span class="badge">⟦m ✔ 提问者采纳⟧</span>
<p class="who">⟦m 眼视光师·孔蕴　｜　回答了 318 个问题⟧</p>
<div class="ans">
{BODY}
</div>
<p class="vote">⟦a 有用 204　没用 3　｜　评论　｜　分享⟧</p>
</div>
<div class="others"><h3>⟦l 其他 4 条回答⟧</h3><p>⟦l 我戴了半个月才习惯，挺正常的。⟧</p><p>⟦l 查看全部回答 ∨⟧</p></div>
<div class="related"><h3>⟦l 相关问题⟧</h3><ul><li>⟦l 老花镜和近视镜能做成一副吗？⟧</li><li>⟦l 渐进多焦点眼镜适合老人吗？⟧</li></ul></div>
<script>var qid=6620391;</script>
<div class="ft">⟦d 回答内容由网友提供，仅供参考，身体不适请及时就医。⟧ ⟦m 问问邻居 wenwenlinju.com⟧</div>
</body></html>
""",
        body="""
老花镜的度数最好经过验光确定，不要只凭年龄估算。一般来说，45岁左右开始老花，度数多在100度上下，60岁以后可能到250至300度，但每个人差别很大，两只眼睛的度数也可能不一样。
戴新老花镜头晕，常见原因有三个：一是度数配高了；二是镜片的光学中心和瞳距没对上；三是戴着老花镜看远处，老花镜只适合看近处。
如果只是刚戴的一两天有点不适应，可以先少戴一会儿；如果超过一周还头晕、眼胀，建议带着眼镜去医院或正规眼镜店复查。
另外，超市里的成品老花镜两边度数相同、瞳距固定，只适合临时应急，长期看书看报还是配一副合适的为好。
""",
    ),
    dict(
        slug="qa-zhilin-answer-lock-cylinder-rented-flat",
        site="知邻问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.zhilin365.com/question/118204",
        title="租房换了锁芯，要不要告诉房东？",
        record_title="租房换了锁芯，要不要告诉房东？（已解决）_知邻问答",
        date=None,
        notes="Q&A text: decorated record title, asker line and an answerer line with relative times, a numbered list in the answer, "
        "vote counts, a consult prompt and more questions",
        page="""
!m 知邻问答 · 邻里之间，有问必答
{T}
!m 匿名用户 提问于 昨天 21:40　｜　2 个回答
!m 最佳答案　｜　物业老郝 回答于 昨天 22:15
{BODY}
!a 赞同 89　｜　收藏　｜　举报
!w 租房纠纷想找律师？知邻法律频道免费初问
!l 你可能还想问：
!l 押金不退可以找谁？
!l 合租室友搬走要不要换锁？
""",
        body="""
建议换之前先和房东说一声，最好留下聊天记录。
从安全上说，租房入住后换锁芯很有必要，因为你不知道前任租客和中介手里还有几把钥匙。从关系上说，房子是房东的，锁芯也属于房屋附属设施，悄悄换掉，万一遇到紧急情况房东进不了门，或者退房时起争议，就说不清了。
比较稳妥的做法是：
1.和房东商量好费用由谁出，一般是租客自己出；
2.只换锁芯不换锁体，选C级锁芯；
3.退租时把原锁芯装回去，或者把新锁芯的钥匙全部交给房东。
如果合同里写明不得擅自更换门锁，就一定要先取得房东书面同意。
""",
    ),
]
