"""holdout54: lays the documents of ``_h54docs`` out as pages of invented sites (see ../build.py)."""

from __future__ import annotations

import html as _html

from _h54docs import DOCS

DOC = {d["key"]: d for d in DOCS}

# style -> sites (name, host) and chrome lines ("c text"); {site} {host} {short} {r1} {r2} {n} filled in.
S = {
    "范文站": dict(
        sites=[("笔墨斋公文网", "bimozhai.cn"), ("写手驿站", "xieshouyz.com"), ("稿匠范文", "gaojiang123.net")],
        top=["m {site}——材料人的案头书", "m 所在栏目：{site} » 公文写作 » 精品推荐", "m 浏览：1,208　更新者：石砚", "a 『整篇复制』『存为Word』『收进我的文件夹』"],
        mid=["w 写不出来？资深笔杆一对一代笔，加V：bimo_zhai66", "l 大家都在看：{r1}"],
        glue=["a （全文可复制）", "m 【{site}整理】"],
        bottom=["a 此文共2千余字，开通会员即可一键下载", "l 上一篇：{r1}", "l 下一篇：{r2}", "d 文章来自网友投稿，若有侵权请联系删除，本站不承担任何法律责任", "m 湘ICP备21033817号-1　{host}"],
    ),
    "文库预览": dict(
        sites=[("稻香文库", "daoxiangwk.com"), ("知页文库", "zhiyewk.cn")],
        top=["m {site}　|　文档 > 行业资料 > 行政公文", "m 贡献者：ywk_0918　上传于2025-02-27　3页　1.2万次阅读", "a 下载所需：6 积分　|　开通超级会员免积分下载"],
        mid=["a 免费预览已结束，剩余内容需付费下载后查看", "a 展开阅读剩余全文 ▼"],
        glue=["a 【立即下载】", "m {site}"],
        bottom=["l 本文档相关：{r1}　{r2}", "d 本文档为用户自行上传，{site}仅提供存储空间，不对内容真实性负责", "a 举报　|　加入收藏　|　分享给好友"],
    ),
    "政府门户": dict(
        sites=[("棠埠县人民政府", "tangbu.gov.cn"), ("筏溪县人民政府门户网站", "faxi.gov.cn"), ("弈岭县人民政府", "yiling.gov.cn")],
        top=["m {site}　欢迎您！今天是", "a 长者模式　无障碍阅读　智能问答", "m 您所在位置：首页 > 政务公开 > 法定主动公开内容 > 部门文件", "m 信息索引号：11350928MB1C4K2-0{n}/2025-00{n}8"],
        mid=["a 【打印该页】　【关闭该页】", "m 扫一扫在手机上查看当前页面"],
        glue=["a 【字号：特大 大 中】", "m ·{site}·"],
        bottom=["l 【相关解读】{r1}", "m 主办单位：{site}办公室　承办：县大数据中心", "m 网站标识码：3509280{n}4　闽公网安备 35092802000{n}3号", "m 政务服务热线：12345　办公室电话：0597-6210000"],
    ),
    "新闻门户": dict(
        sites=[("篙溪新闻网", "gaoxinews.cn"), ("筏溪融媒", "faxirm.com"), ("弈岭新闻", "ylnews.com.cn")],
        top=["m {site}——县域资讯第一站", "m 要闻　本地　民生　文旅　视频　评论", "m 来源：{site}　记者：荀小岸　通讯员：杜水生"],
        mid=["l ▲相关新闻：{r1}", "a 点击图片查看大图"],
        glue=["m （{site}记者 荀小岸）", "a 【我要纠错】"],
        bottom=["m 编辑：于樟　审核：丁未央", "l 热点排行　1.{r1}　2.{r2}", "d 凡注明“来源：{site}”的作品，未经授权不得转载、摘编或建立镜像", "m 新闻热线：0597-7880110　互联网新闻信息服务许可证：35120250018"],
    ),
    "论坛": dict(
        sites=[("水乡人家论坛", "shuixiangrj.com"), ("香火论坛", "xianghuobbs.net"), ("棋友之家", "qiyouzj.com")],
        top=["m {site} › 生活广场 › 资料交流", "m 查看: 893|回复: 12", "m 楼主　发表于 7 天前　只看该作者"],
        mid=["l 回复 #2 楼的帖子：谢谢分享，正好要用", "a 本帖隐藏的内容需要回复才可以浏览"],
        glue=["m 本帖最后由 老篙头 于 昨天 21:07 编辑", "a [复制链接]"],
        bottom=["l 沙发　发表于 6 天前　顶一个，收藏了", "l 板凳　发表于 5 天前　楼主好人一生平安", "a 快速回复　返回列表　发新帖", "m Powered by Discuz! X3.4　Archiver　手机版　小黑屋"],
    ),
    "博客": dict(
        sites=[("撑篙人的博客", "blog.chenggao.me"), ("香灰落处", "xianghui.blog.cn"), ("纹枰闲话", "wenping.blog")],
        top=["m {site} - 记录水上日子", "m 首页　随笔　归档　关于我", "m 分类：工作笔记　｜　阅读(431)　评论(6)"],
        mid=["l 推荐阅读：{r1}", "a 转载请注明出处，谢谢"],
        glue=["a （点个赞再走吧）", "m 【原创】"],
        bottom=["l 标签：竹筏　漂流　工作", "l 《 上一篇：{r1}　下一篇：{r2} 》", "l 发表评论　昵称（必填）　邮箱（不公开）", "d © 2025 {site} · 采用署名-非商业许可"],
    ),
    "公众号镜像": dict(
        sites=[("微读站", "weidu.site"), ("号内搜", "haoneisou.com")],
        top=["m 原创　{site}收录", "m 筏溪文旅　微信号：faxiwenlv", "a 听全文　|　字体大小"],
        mid=["a ▼长按识别下方二维码，关注我们▼", "l 往期回顾｜{r1}"],
        glue=["a 👇", "m （来源：筏溪文旅）"],
        bottom=["a 阅读原文　赞　在看　分享", "l 推荐阅读：{r2}", "d 本页面由{site}自动抓取，内容版权归原公众号所有"],
    ),
    "文档分享": dict(
        sites=[("共享书斋", "gxshuzhai.com"), ("办公文档圈", "bgwdq.cn")],
        top=["m {site} > 公文模板 > 通知范文", "m 文档大小：36KB　页数：2　格式：DOCX", "a 下载本文档（需2下载券）"],
        mid=["a —— 以下内容为会员专享 ——", "a 继续阅读请登录"],
        glue=["a [下载]", "m 文档编号：GX2025{n}817"],
        bottom=["d 声明：本站文档均由用户上传分享，仅作交流学习，不得用于商业用途", "l 相似文档：{r1}", "m 客服邮箱：kefu@{host}"],
    ),
    "教育门户": dict(
        sites=[("弈岭教育网", "yledu.cn"), ("弈岭县教育局", "jyj.yiling.gov.cn")],
        top=["m {site}　办人民满意的教育", "m 首页 | 教育动态 | 通知公告 | 校园风采 | 招生考试", "m 作者：基教股　来源：本站原创　点击数：327"],
        mid=["a 【加入收藏】【打印本文】", "l 相关通知：{r1}"],
        glue=["m [基教股]", "a [关闭]"],
        bottom=["l 最新公告　· {r2}", "m 版权所有：{site}　地址：弈岭县城关镇文昌路8号", "m 闽ICP备12004471号　技术支持：弈岭县电教馆"],
    ),
    "企业内网": dict(
        sites=[("筏溪漂流公司协同办公平台", "oa.faxirafting.local"), ("楸坪香业OA", "oa.qiuping.local")],
        top=["m {site}　|　待办(3)　已办　公文管理", "m 当前用户：办公室-鲍一禾　退出登录", "m 发文流程：拟稿→核稿→签发　状态：已归档"],
        mid=["m 阅读记录：共47人已读，3人未读", "a 【批注】【转发】【下载正文】"],
        glue=["m （已阅）", "a [打印正文]"],
        bottom=["m 流转记录：拟稿 鲍一禾 → 核稿 彭岚 → 签发 柴文远", "d 内部资料　注意保密　严禁外传", "m 技术支持：信息科　分机8016"],
    ),
    "问答社区": dict(
        sites=[("问知道", "wenzhidao.net"), ("搜答社区", "soudaqa.com")],
        top=["m {site} > 文化 > 公文写作", "m 问：有没有{short}的完整范文？急用！", "m 匿名用户　提问于 去年春天　浏览 2316 次"],
        mid=["l 其他 3 条回答 ＞", "a 这个回答对你有帮助吗？　有用(28)　没用(1)"],
        glue=["m 【最佳答案】", "a 追问"],
        bottom=["l 相关问题：{r1}怎么写？", "l 为你推荐：{r2}", "d {site}内容由网友提供，仅供参考，不代表本站观点"],
    ),
    "个人文集": dict(
        sites=[("陶篙笔记", "taogao.net"), ("闻守拙文存", "wenshouzhuo.cn")],
        top=["m {site}·卷三·公务存稿", "m 目录　上一章　下一章", "m 收录于文集《水上二十年》　第{n}篇"],
        mid=["m （编者注：原稿为手写，录入时略有删节）", "l 返回目录"],
        glue=["m ［原注］", "a ［评注］"],
        bottom=["l ← 上一章：{r1}　　下一章：{r2} →", "d 本文集文字版权归作者本人所有，转载请与作者联系", "m 建站于2019年　已运行 2012 天"],
    ),
    "党建网": dict(
        sites=[("棠埠先锋", "tbxf.gov.cn"), ("弈岭党建网", "yldj.org.cn")],
        top=["m {site}　不忘初心　牢记使命", "m 首页 ＞ 基层动态 ＞ 乡镇之窗", "a 学习积分 +1　已学习 12 分钟"],
        mid=["a ★ 分享到学习群", "l 相关阅读：{r1}"],
        glue=["m 【{site}讯】", "a 【收藏】"],
        bottom=["m 主管：中共棠埠县委组织部　主办：{site}编辑部", "m 电话：0597-6222712　邮编：364200", "l 专题专栏：党纪学习教育　基层党建"],
    ),
    "医院官网": dict(
        sites=[("筏溪县人民医院", "fxrmyy.com"), ("棠埠县中医院", "tbzyy.cn")],
        top=["m {site}　预约挂号　智慧服务　医院概况", "m 您的位置：首页>新闻中心>院务公开", "m 发布科室：党政办　|　浏览次数：519"],
        mid=["a 扫码预约挂号，就诊少排队", "l 相关新闻：{r1}"],
        glue=["m （{site}供稿）", "a 【返回顶部】"],
        bottom=["m 急救电话：0597-7120120　门诊咨询：0597-7122277", "m 地址：筏溪县城南路58号　闽ICP备18027364号", "d 本站信息仅供参考，不能作为诊断及医疗的依据"],
    ),
    "高校官网": dict(
        sites=[("闽东旅游职业学院", "mdly.edu.cn"), ("棠埠师范高等专科学校", "tbsz.edu.cn")],
        top=["m {site}　学校主页　学院概况　教学科研", "m 当前位置：首页 > 通知公告 > 正文", "m 发布者：宣传部　审核：教务处　阅读量：1134"],
        mid=["a 【我要分享】", "l 附：{r1}"],
        glue=["m [教务处]", "a [打印]"],
        bottom=["l 上一条：{r1}", "l 下一条：{r2}", "m 版权所有 © {site}　地址：棠埠县学府路1号　邮编：364201"],
    ),
    "地方论坛": dict(
        sites=[("筏溪百事通", "faxibst.com"), ("楸坪在线", "qiupingzx.cn")],
        top=["m {site} » 本地资讯 » 政务公告", "m 【只看楼主】　倒序浏览　阅读模式", "m 发表于 3 天前　来自手机"],
        mid=["l 2楼　回复：转起来，让更多人知道", "a 点击回复 解锁全部内容"],
        glue=["m [本地]", "a [评分]"],
        bottom=["l 3楼　回复：今年夏天去漂一次", "a 发表回复　回帖后跳转到最后一页", "m 联系版主　{host}　本地人的生活圈"],
    ),
    "资料下载站": dict(
        sites=[("文宝下载", "wenbaodown.com"), ("快存资料站", "kuaicunzl.cn")],
        top=["m {site}：最全的办公资料下载基地", "m 资料名称：{short}　大小：24KB　类型：doc　授权：免费", "a 高速下载　电信下载　联通下载"],
        mid=["a 解压密码：{host}", "d 如遇下载链接失效，请点击报错"],
        glue=["a ［下载地址］", "m ［{site}］"],
        bottom=["l 同类资料：{r1}　{r2}", "d 本站资料来源于网络，仅供学习参考，请于下载后24小时内删除", "m 站长QQ：2208817346　{host}"],
    ),
    "人事考试网": dict(
        sites=[("棠埠人事考试网", "tbrsks.cn"), ("闽东人事考试信息网", "mdrsks.com")],
        top=["m {site}　公正　公平　高效", "a 考生登录　|　注册　|　准考证打印入口", "m 首页 > 考试资讯 > 综合信息"],
        mid=["a 扫码关注考试提醒", "l 备考资料：{r1}"],
        glue=["m 【考务科】", "a [收藏本页]"],
        bottom=["w 考试咨询：0597-6119008（工作日 9:00-17:00）", "d 本站发布的考试信息以官方公告为准", "m 闽ICP备17008312号"],
    ),
    "招投标网": dict(
        sites=[("筏溪县公共资源交易平台", "fxggzy.cn"), ("闽东采购信息网", "mdcaigou.com")],
        top=["m {site}　交易信息　政策法规　服务指南", "m 信息来源：县文旅局　发布日期：见正文", "a 【我要投标】【下载招标文件】"],
        mid=["a 登录后查看完整公告", "m 项目编号：FXGZ-2025-0{n}41"],
        glue=["m 【交易中心】", "a [附件下载]"],
        bottom=["l 相关公告：{r1}", "m 交易服务热线：0597-7328000　CA办理：0597-7328011", "d 本平台发布的信息由采购人负责，如有疑问请与采购人联系"],
    ),
    "律所网站": dict(
        sites=[("竹岸律师事务所", "zhuanlaw.com"), ("香川律所", "xiangchuanlaw.cn")],
        top=["m {site}　专业　诚信　高效", "m 首页 ＞ 法律文书 ＞ 公文参考", "w 免费法律咨询：400-880-5276"],
        mid=["w 在线律师：您好，请问有什么可以帮您？", "l 相关案例：{r1}"],
        glue=["m 【{site}】", "a [咨询律师]"],
        bottom=["d 以上内容仅供参考，不构成法律意见", "l 热门文章：{r2}", "m 执业许可证号：31350000MD0241733X"],
    ),
    "社区网站": dict(
        sites=[("篙溪社区服务网", "gxsq.org.cn"), ("香岙邻里", "xiangaolinli.com")],
        top=["m {site}　邻里一家亲", "m 社区概况　办事指南　公告栏　志愿服务", "m 发布人：网格员小柯　浏览：206"],
        mid=["a 扫码进社区群，通知第一时间知道", "l 公告栏：{r1}"],
        glue=["m 【社区公告】", "a [点赞]"],
        bottom=["m 社区服务电话：0597-6623001　值班手机：13905970418", "l 志愿活动报名　便民服务　投诉建议", "d {site}由篙溪社区居委会维护"],
    ),
    "行业协会": dict(
        sites=[("筏溪县竹筏漂流协会", "fxpiaoliu.org"), ("弈岭县围棋协会", "ylweiqi.org"), ("棠埠县香业商会", "tbxiangye.org")],
        top=["m {site}　会员登录　入会申请", "m 协会动态　行业资讯　会员风采　政策法规", "m 发布时间见文末　来源：秘书处"],
        mid=["a 会员单位可登录下载电子版", "l 协会通知：{r1}"],
        glue=["m [秘书处]", "a [打印]"],
        bottom=["m 地址：县文化馆二楼　电话：0597-6735512　邮箱：xh@{host}", "l 友情链接：县文旅局　县体育局　县民政局", "d Copyright © 2025 {site} 保留所有权利"],
    ),
    "企业官网": dict(
        sites=[("筏溪篙溪漂流有限公司", "gaoxirafting.com"), ("楸坪古香坊", "qiupinggx.com")],
        top=["m {site}　关于我们　产品中心　新闻动态　联系我们", "m 本站使用Cookie以改善您的浏览体验　[接受]", "m 新闻动态 > 公司新闻"],
        mid=["a 在线预订漂流票 >>", "l 相关产品：{r1}"],
        glue=["a ［官方商城］", "m （本公司讯）"],
        bottom=["m 预订热线：0597-7366666　地址：筏溪县篙溪镇码头路1号", "l 热门推荐：{r2}", "d Copyright © {site} 版权所有　闽ICP备20018823号"],
    ),
    "培训机构": dict(
        sites=[("黑白子围棋学堂", "heibaizi.com"), ("匠心技艺培训学校", "jiangxinpx.cn")],
        top=["m {site}　课程体系　师资力量　学员风采", "w 试听预约：0597-6998818（微信同号）", "m 首页 > 资讯 > 学堂动态"],
        mid=["w 想让孩子学围棋？留下电话，老师一对一回访", "l 热门课程：启蒙班　提高班　冲段班"],
        glue=["a ［立即报名］", "m ［{site}］"],
        bottom=["l 相关资讯：{r1}", "m 校区地址：弈岭县城关镇棋盘街17号", "d 部分图文来源网络，如涉侵权请告知删除"],
    ),
    "范文APP": dict(
        sites=[("速写公文APP", "suxiegw.app"), ("妙笔生花APP", "miaobi.app")],
        top=["a 打开{site}，阅读体验更佳", "m 来自{site}的分享", "m 作者：文案菌　字数：1386"],
        mid=["a 打开APP查看剩余75%的内容", "a App内免费领取会员"],
        glue=["a ［AI改写］", "m ［{site}］"],
        bottom=["a 在APP中打开　|　保存到手机", "l 猜你想写：{r1}", "d 内容由用户创作，版权归作者所有"],
    ),
    "公考论坛": dict(
        sites=[("上岸吧公考论坛", "shangan8.com"), ("申论小屋", "shenlunxw.net")],
        top=["m {site} › 申论天地 › 范文赏析", "m 楼主：备考第三年　发表于 前天 22:15　|　查看: 1577", "a 本帖附件需回复后下载"],
        mid=["l 2#　这篇可以背下来当模板", "w 备考交流群：一群已满，二群加QQ 745208133"],
        glue=["m [申论范文]", "a [复制本楼]"],
        bottom=["l 3#　mark一下，明天再看", "l 相关帖子：{r1}", "m {site} ( 京ICP备16033912号 )"],
    ),
    "百科问答": dict(
        sites=[("知识树百科", "zhishishu.wiki"), ("百晓问答", "baixiao.net")],
        top=["m {site}　词条　问答　专栏", "m 编辑次数：7次　最近更新：石头记", "a 编辑词条　讨论　收藏"],
        mid=["l 目录　1 基本信息　2 正文　3 参考资料", "a [编辑本段]"],
        glue=["m [1]", "a [编辑]"],
        bottom=["l 参考资料：1.　{r1}", "l 词条标签：公文　范文", "d 词条内容仅供参考，如有疑问请咨询相关专业人士"],
    ),
    "网盘分享": dict(
        sites=[("天枢网盘", "tianshupan.com"), ("小筏云盘", "xiaofapan.cn")],
        top=["m {site}　文件分享", "m 分享者：筏上人家　有效期：永久有效", "a 保存到我的网盘　|　下载（38KB）"],
        mid=["a 在线预览仅显示部分内容", "a 开通会员享极速下载"],
        glue=["a ［预览］", "m ［{site}］"],
        bottom=["d 请勿分享违规内容，{site}依法对文件进行审核", "m 客户端下载　帮助中心　{host}", "l 该分享者的其他文件：{r1}"],
    ),
    "搜索快照": dict(
        sites=[("搜得快照", "sodecache.com"), ("千寻快照", "qianxun.cache")],
        top=["m 这是 http://{host}/art/{n}.html 的快照，是网页于 2025-04-22 的存档", "m {site}与网页作者无关，不对其内容负责", "a 查看当前页面　|　仅文字版本"],
        mid=["m 以下关键词已高亮：竹筏　香　围棋", "l 相关搜索"],
        glue=["m ［快照］", "a ［高亮］"],
        bottom=["l 相关搜索：{r1}　{r2}", "m 快照抓取时间：2025-04-22 03:18:44", "d {site}仅缓存网页内容，不对其进行任何修改"],
    ),
    "打印页": dict(
        sites=[("打印预览", "print"), ("打印版", "print")],
        top=["a [ 打 印 ]　[ 关 闭 ]", "m 打印时间：2025-05-20 16:02", "m 页面地址：http://www.{host}/show.asp?id=5{n}27"],
        mid=["m 打印预览 第1页/共2页", "a 【返回正文】"],
        glue=["m ［正文］", "a ［关闭窗口］"],
        bottom=["m 打印自：{site}", "a [ 打印本页 ]　[ 返回顶部 ]", "d 本页面为打印专用，排版可能与原文不同"],
    ),
    "邮件转发": dict(
        sites=[("转发邮件", "mail"), ("邮件", "mail")],
        top=["m 发件人：鲍一禾 <baoyihe@{host}>", "m 收件人：各乡镇文化站", "m 发送时间：星期五 上午9:42", "m 主题：转发：{short}"],
        mid=["m -------- 原始邮件 --------", "a 【附件预览】"],
        glue=["m ［转］", "a ［回复］"],
        bottom=["m 此邮件发自我的手机", "d 本邮件及其附件含有保密信息，仅限收件人使用", "a 回复　全部回复　转发　删除"],
    ),
}


def _fill(s: str, **kw) -> str:
    for k, v in kw.items():
        s = s.replace("{" + k + "}", str(v))
    return s


DECOR = [
    "【精选】{t}", "{t}（通用3篇）", "{t}_{site}", "{t}（可编辑版）", "《{t}》范文", "{t}【最新版】",
    "{t} - {site}", "优秀范文：{t}", "{t}（完整版）", "{t}【推荐下载】",
]
FILES = ["{t}.docx", "{t}.pdf", "{t}.wps", "{t}.doc"]


def make(slug, key, style, form, n, title_mode="record", date_mode="doc", site_i=0, opts=None, notes=""):
    """One case of doc ``key`` on a site of ``style``.

    title_mode: record | decorated | file | missing; date_mode: doc (from the document) | record
    (record gives it); n: a variant number (chooses decoration, glue spots, extra chrome)."""
    opts = dict(opts or {})
    d = DOC[key]
    st = S[style]
    topic = {"raft": ("筏", "漂", "篙", "水"), "incense": ("香", "楸"), "go": ("弈", "棋", "黑白")}[key.split("-")[0]]
    fits = [x for x in st["sites"] if any(w in x[0] for w in topic)]
    others_kind = [x for x in st["sites"] if any(w in x[0] for k2, ws in (("筏", "漂篙"), ("香", "楸"), ("弈", "棋黑白")) for w in k2 + ws) and x not in fits]
    pool = fits or [x for x in st["sites"] if x not in others_kind] or st["sites"]
    site, host = pool[site_i % len(pool)]
    others = [x for x in DOCS if x["key"] != key]
    r1 = others[(n * 3) % len(others)]["short"]
    r2 = others[(n * 3 + 4) % len(others)]["short"]
    kw = dict(site=site, host=host, short=d["short"], r1=r1, r2=r2, n=n % 9 + 1)
    top = [_fill(x, **kw) for x in st["top"]]
    mid = [_fill(x, **kw) for x in st["mid"]]
    glue = [_fill(x, **kw) for x in st["glue"]]
    bottom = [_fill(x, **kw) for x in st["bottom"]]
    t = d["title"]

    case = dict(slug=slug, site=f"{site} (invented)", style=style, genre=d["genre"], kind=d["kind"], form=form)
    case["source"] = f"https://www.{host}/{['a', 'show', 'news', 'doc', 'p'][n % 5]}/2025/{1000 + n * 37}.html" if "." in host else f"file:///mail/{slug}.eml"
    case["title"] = t
    if title_mode == "decorated":
        case["record_title"] = _fill(DECOR[n % len(DECOR)], t=t, site=site)
    elif title_mode == "file":
        case["record_title"] = FILES[n % len(FILES)].format(t=t)
    elif title_mode == "missing":
        case["record_title"] = None

    # dates
    stamp = None  # a chrome line with the page's date (byline)
    if d.get("byline"):
        case["date"] = d["date"]
        y, m, dd = d["date"].split("-")
        stamp = ["m 发布时间：{}-{}-{} 10:2{}".format(y, m, dd, n % 10), f"m {y}年{m}月{dd}日 08:1{n % 10}　来源：{site}", f"m 时间：{y}/{int(m)}/{int(dd)}　作者：荀小岸"][n % 3]
    elif d["date"]:
        case["date"] = d["date"]
    else:
        case["date"] = None
        stamp = [
            "m 上传时间：2025-0{}-1{} 14:05".format(n % 6 + 2, n % 9),
            "m 2小时前更新",
            "m 收录时间：3天前",
            "m 抓取于 2025-04-0{} 02:11".format(n % 9 + 1),
        ][n % 4]
    if date_mode == "record" and case["date"]:
        case["record_date"] = case["date"]

    # body with chrome between paragraphs and glued to lines
    paras = [p.strip() for p in d["body"].strip().split("\n") if p.strip()]
    k = len(paras)
    # a line of chrome between two paragraphs
    mid_at = 2 + (n % max(1, k - 4))
    paras.insert(mid_at, "⟦{} {}⟧".format(mid[0][0], mid[0][2:]))
    if opts.pop("mid2", n % 2 == 0) and k > 6:
        paras.insert(k - 1, "⟦{} {}⟧".format(mid[1][0], mid[1][2:]))
    # glued: after the 。 of a paragraph (end), or before a line's first sentence
    g = glue[n % 2]
    cands = [i for i, p in enumerate(paras) if p.endswith("。") and "⟦" not in p]
    if cands:
        i = cands[n % len(cands)]
        if n % 4 == 0:  # glued before the closing 。
            paras[i] = paras[i][:-1] + "⟦{} {}⟧".format(g[0], g[2:]) + "。"
        else:
            paras[i] = paras[i] + "⟦{} {}⟧".format(g[0], g[2:])
    g2 = glue[(n + 1) % 2]
    cands = [i for i, p in enumerate(paras) if "。" in p[:-1] and "⟦" not in p]
    if cands:
        i = cands[(n * 7) % len(cands)]
        p = paras[i]
        cut = p.index("。") + 1
        paras[i] = p[:cut] + "⟦{} {}⟧".format(g2[0], g2[2:]) + p[cut:]
    case["body"] = "\n".join(paras)

    under = list(d["under"])
    title_twice = n % 3 == 0
    title_glued = opts.pop("title_glued", False)
    if form == "text":
        lines = top[:1]
        if title_mode == "file":
            lines.append(f"!t {case['record_title']}")
        lines += top[1:]
        lines.append("{T}" + ("{BODY}" if title_glued else ""))
        if stamp:
            lines.append("!" + stamp)
        lines += under
        if not title_glued:
            lines.append("{BODY}")
        if title_twice:
            lines.append("!t 本文标题：" + t)
        lines += bottom
        out = []
        for ln in lines:
            if ln.startswith(("{T}", "!", "{BODY}")) or ln in under:
                out.append(ln)
            else:
                out.append("!" + ln)
        case["page"] = "\n".join(out)
        case.update(opts)
    else:
        case["page"] = _html_page(case, d, st, site, host, top, bottom, stamp, under, title_twice, n, opts)
        case.update({k2: v for k2, v in opts.items() if k2 in ("p_html", "pages", "junk")})
    case["notes"] = notes or f"{d['genre']} on a {style} page; title {title_mode}; date {date_mode if case['date'] else 'none'}"
    if title_glued:
        case["notes"] += "; title glued to the first body line"
    # a byline date for a document dated elsewhere: accept the document's date only (stamp absent)
    return case


def _mk(line: str, tag: str = "div", cls: str = "") -> str:
    c, txt = line[0], line[2:]
    attr = f' class="{cls}"' if cls else ""
    return f"<{tag}{attr}>⟦{c} {_html.escape(txt, quote=False)}⟧</{tag}>"


def _html_page(case, d, st, site, host, top, bottom, stamp, under, title_twice, n, opts):
    old = opts.get("old", False)
    rec = case.get("record_title") or d["title"]
    head_title = _html.escape(f"{rec}_{site}", quote=False)
    under_html = "\n".join(f'<p class="sub">{_html.escape(u, quote=False)}</p>' for u in under)
    stamp_html = _mk(stamp, "div", "info") if stamp else ""
    twice = _mk("t 文章标题：" + d["title"], "div", "ttl2") if title_twice else ""
    rt = case.get("record_title")
    file_line = _mk("t " + rt, "div", "fname") if isinstance(rt, str) and rt.endswith((".docx", ".pdf", ".wps", ".doc")) else ""
    if old:
        return f"""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{head_title}</title>
<script language="javascript" src="/js/count.asp?id={n}"></script>
<style>td{{font-size:12px}}</style>
</head><body topmargin="0">
<table width="960" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td height="80" background="/images/top_bg.gif">{_mk(top[0], 'div')}</td></tr>
<tr><td class="nav">{_mk(top[1], 'div')}</td></tr>
<tr><td><marquee scrollamount="3">⟦l 滚动公告：{_html.escape(d['short'], quote=False)}等资料已更新，欢迎查阅⟧</marquee></td></tr>
</table>
<table width="960" align="center"><tr>
<td width="200" valign="top">⟦l 栏目导航⟧<br>⟦l ·最新更新⟧<br>⟦l ·热门下载⟧</td>
<td valign="top">
{file_line}
<h1 align="center">{{T}}</h1>
{stamp_html}
{''.join(_mk(x, 'div') for x in top[2:])}
<div align="center">⟦a 【字体：大 中 小】⟧</div>
{under_html}
<div id="content">
{{BODY}}
</div>
{twice}
{''.join(_mk(x, 'div') for x in bottom)}
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦m 您是本站第 0{n}8317 位访客⟧</td></tr></table>
</body></html>
"""
    return f"""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{head_title}</title>
<link rel="stylesheet" href="/static/css/main.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}gtag('config','UA-{n}');</script>
</head><body>
<header class="top">{_mk(top[0], 'div', 'logo')}
<nav>{_mk(top[1], 'div', 'crumb')}</nav></header>
<main class="wrap">
<article class="detail">
{file_line}
<h1 class="title">{{T}}</h1>
{stamp_html}
{''.join(_mk(x, 'div', 'meta') for x in top[2:])}
{under_html}
<div class="content">
{{BODY}}
</div>
{twice}
</article>
<aside class="side">
{_mk(bottom[0], 'div', 'box')}
<ul><li>⟦l {_html.escape(DOCS[(n + 2) % 12]['short'], quote=False)}⟧</li><li>⟦l {_html.escape(DOCS[(n + 5) % 12]['short'], quote=False)}⟧</li></ul>
</aside>
</main>
<footer>{''.join(_mk(x, 'div') for x in bottom[1:])}</footer>
<script src="/static/js/app.js"></script>
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="https://stat.{host}/tj.js?{n}";}})();</script>
</body></html>
"""
